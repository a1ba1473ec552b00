/** Texts of the quality seal: overview (de is the source, en has the same keys). */
export const messagesDe = {
  sealOverview: {
    title: 'Gütesiegel',
    intro:
      'Je Familienzentrum und Verbund der Kommune: Zertifizierung, fällige Rezertifizierung und ob die Bereiche des Gütesiegels derzeit erfüllt sind – zusammengefasst, ohne Dokumente.',
    counts:
      '{{subjects}} Einrichtungen · {{due}} Rezertifizierungen in den nächsten 12 Monaten · {{without}} ohne erfasste Zertifizierung',
    onlyDue: 'Nur Rezertifizierungen in den nächsten 12 Monaten',
    caption: 'Gütesiegel je Familienzentrum und Verbund, sortiert nach Fälligkeit',
    tableLabel: 'Tabelle Gütesiegel je Einrichtung (seitlich scrollbar)',
    subject: 'Einrichtung',
    certifiedOn: 'Zertifiziert am',
    validUntil: 'Gültig bis',
    areasMet: 'Bereiche erfüllt',
    areaShort: 'B{{number}}',
    areaTitle: 'Bereich {{number}}: {{name}}',
    met: 'erfüllt',
    notMet: 'nicht erfüllt',
    none: 'keine',
    inNetwork: 'mit dem Verbund ({{name}})',
    due: 'fällig in {{days}} Tagen',
    overdue: 'überfällig',
    network: 'Verbund',
    empty: 'Keine Familienzentren in dieser Kommune.',
    emptyDue: 'In den nächsten 12 Monaten ist keine Rezertifizierung fällig.',
    legend: 'B1 bis B8: die Bereiche des Gütesiegels. ✓ erfüllt, ✗ nicht erfüllt.',
  },
};

export const messagesEn: typeof messagesDe = {
  sealOverview: {
    title: 'Quality seal',
    intro:
      'Per family centre and Verbund of the municipality: certification, re-certification due and whether the areas of the quality seal are met now – aggregated, without documents.',
    counts:
      '{{subjects}} facilities · {{due}} re-certifications in the next 12 months · {{without}} without a recorded certification',
    onlyDue: 'Only re-certifications in the next 12 months',
    caption: 'Quality seal per family centre and Verbund, by due date',
    tableLabel: 'Table of the quality seal per facility (scrolls sideways)',
    subject: 'Facility',
    certifiedOn: 'Certified on',
    validUntil: 'Valid until',
    areasMet: 'Areas met',
    areaShort: 'A{{number}}',
    areaTitle: 'Area {{number}}: {{name}}',
    met: 'met',
    notMet: 'not met',
    none: 'none',
    inNetwork: 'with its Verbund ({{name}})',
    due: 'due in {{days}} days',
    overdue: 'overdue',
    network: 'Verbund',
    empty: 'No family centres in this municipality.',
    emptyDue: 'No re-certification is due in the next 12 months.',
    legend: 'A1 to A8: the areas of the quality seal. ✓ met, ✗ not met.',
  },
};
