/** Texts of planning: report (de is the source, en has the same keys). */
export const messagesDe = {
  planningReport: {
    // Soft hyphens: the long compound breaks on a phone instead of leaving the screen.
    title: 'Jahresbericht für den Jugend\u00ADhilfe\u00ADausschuss',
    intro:
      'Der Bericht fasst Bedarf, Versorgung und Lücken je Sozialraum zusammen und vergleicht das Berichtsjahr mit dem Vorjahr. Er enthält nur zusammengefasste Zahlen.',
    year: 'Berichtsjahr',
    comparedWith: 'Verglichen mit {{year}}',
    downloads: 'Herunterladen',
    pdf: 'Bericht als PDF',
    xlsx: 'Tabellen als Excel-Datei (XLSX)',
    pdfHint: 'barrierearmes PDF, Querformat',
    xlsxHint: 'ein Tabellenblatt je Tabelle',
    preview: 'Vorschau',
    germanOnly: 'Der Bericht ist auf Deutsch geschrieben (für den Ausschuss).',
    noRows: 'Keine Einträge.',
    total: 'Gesamt',
    noFigure: 'keine Angabe',
  },
};

export const messagesEn: typeof messagesDe = {
  planningReport: {
    title: 'Yearly report for the youth welfare committee',
    intro:
      'The report sums up need, coverage and gaps per district and compares the report year with the year before. It contains aggregate figures only.',
    year: 'Report year',
    comparedWith: 'Compared with {{year}}',
    downloads: 'Download',
    pdf: 'Report as PDF',
    xlsx: 'Tables as Excel file (XLSX)',
    pdfHint: 'accessible PDF, landscape',
    xlsxHint: 'one sheet per table',
    preview: 'Preview',
    germanOnly: 'The report is written in German (for the committee).',
    noRows: 'No entries.',
    total: 'Total',
    noFigure: 'no figure',
  },
};
