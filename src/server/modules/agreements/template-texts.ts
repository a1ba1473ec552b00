import type { AgreementType, Sections, TemplateServiceRow } from './schema';

/**
 * The built-in templates with German clause texts (issue 7, item 2). They are written as a sensible
 * starting point, not legal advice; every Träger adapts them. Square brackets mark what to fill in.
 * Party 1 (index 0) is the family centre's Träger, party 2 the partner's.
 */
export interface BuiltInTemplate {
  key: string;
  type: AgreementType;
  title: string;
  description: string;
  sections: Sections;
  services: TemplateServiceRow[];
}

const service = (partyIndex: number, text: string, extra: Partial<TemplateServiceRow> = {}) => ({
  partyIndex,
  service: text,
  frequency: null,
  place: null,
  hoursPerMonth: null,
  offeringId: null,
  roomId: null,
  ...extra,
});

const common = {
  contacts:
    'Jede Partei benennt eine verantwortliche Ansprechperson und eine Vertretung. Die Ansprechpersonen stimmen sich mindestens zweimal im Jahr in einem gemeinsamen Kooperationsgespräch ab; bei Bedarf zusätzlich. Änderungen der Ansprechpersonen werden der anderen Partei unverzüglich mitgeteilt.',
  publicRelations:
    'Die Parteien weisen in ihrer Öffentlichkeitsarbeit (Programmheft, Internetseite, Aushänge, soziale Medien) auf die Kooperation hin und nennen die jeweils andere Partei. Logos der anderen Partei werden nur nach vorheriger Zustimmung verwendet. Veröffentlichungen über gemeinsame Angebote werden vorab abgestimmt.',
  dataProtection:
    'Die Parteien verarbeiten personenbezogene Daten nur im Rahmen ihrer eigenen Aufgaben und nach den Vorschriften der DSGVO, des BDSG und des Sozialdatenschutzes (§§ 61 ff. SGB VIII, § 35 SGB I). Im Rahmen dieser Vereinbarung werden keine personenbezogenen Daten von Familien oder Kindern zwischen den Parteien ausgetauscht; eine Weitergabe erfolgt nur mit schriftlicher Einwilligung der Betroffenen. Die Beratungsinhalte unterliegen der Schweigepflicht (§ 203 StGB) und werden der anderen Partei nicht bekannt gegeben. Über Angebote werden nur zusammengefasste Teilnehmendenzahlen ausgetauscht.',
  childProtection:
    'Die Parteien stellen den Schutzauftrag bei Kindeswohlgefährdung nach § 8a SGB VIII sicher; jede Partei hält sich an ihr eigenes Schutzkonzept und an die mit dem Jugendamt geschlossene Vereinbarung nach § 8a Abs. 4 SGB VIII. Gewichtige Anhaltspunkte werden nach dem dort festgelegten Verfahren unter Hinzuziehung einer insoweit erfahrenen Fachkraft bearbeitet.\nNach § 72a SGB VIII setzen die Parteien nur Personen ein, deren erweitertes Führungszeugnis vor Beginn der Tätigkeit und danach spätestens alle fünf Jahre eingesehen wurde. Festgehalten wird nur, dass und wann die Einsichtnahme erfolgt ist und durch wen (geprüft am [Datum] durch [Name, Funktion]); das Führungszeugnis selbst wird nicht kopiert und nicht weitergegeben.',
  evaluation:
    'Die Parteien werten die Zusammenarbeit einmal jährlich gemeinsam aus (Inanspruchnahme, Rückmeldungen, Aufwand, Passung zum eigenen Auftrag) und halten die Ergebnisse schriftlich fest. Die Vereinbarung wird spätestens zum vereinbarten Überprüfungsdatum überprüft und bei Bedarf angepasst, insbesondere wenn sich Leistungen einer Partei oder die Zusammensetzung eines Verbunds ändern.',
  term: 'Die Vereinbarung tritt mit dem vereinbarten Beginn in Kraft. Sie gilt auf unbestimmte Zeit bzw. bis zum vereinbarten Ende und verlängert sich, wenn eine automatische Verlängerung vereinbart ist, jeweils um den vereinbarten Zeitraum, wenn sie nicht fristgerecht gekündigt wird. Die Kündigung ist mit der vereinbarten Frist schriftlich möglich. Das Recht zur außerordentlichen Kündigung aus wichtigem Grund bleibt unberührt. Ein Wechsel der Leitung einer Einrichtung berührt die Vereinbarung nicht.',
  other:
    'Änderungen und Ergänzungen bedürfen der Schriftform. Sollte eine Bestimmung unwirksam sein, bleibt die Wirksamkeit der übrigen Bestimmungen unberührt.',
};

export const builtInTemplates: BuiltInTemplate[] = [
  {
    key: 'consultation_hour',
    type: 'consultation_hour',
    title: 'Offene Sprechstunde der Erziehungsberatung im Familienzentrum',
    description:
      'Eine Beratungsstelle bietet regelmäßig eine offene Sprechstunde in den Räumen des Familienzentrums an.',
    sections: {
      purpose:
        'Die Parteien vereinbaren eine offene Sprechstunde der Beratungsstelle im Familienzentrum. Grundlage sind § 16 und § 28 SGB VIII sowie die Anforderungen an Familienzentren (Gütesiegel Familienzentrum NRW, Bereich Beratung und Unterstützung von Kindern und Familien).',
      goals:
        'Eltern erhalten niedrigschwellig, wohnortnah und ohne Anmeldung Zugang zu Erziehungs- und Familienberatung. Zielgruppen sind die Familien der Einrichtung und des Sozialraums, insbesondere Familien mit Kindern von 0 bis 6 Jahren.',
      services:
        'Die Beratungsstelle führt die Sprechstunde mit einer Fachkraft durch; die Beratung ist kostenfrei, vertraulich und auf Wunsch anonym. Das Familienzentrum stellt einen geeigneten, ungestörten Raum zur Verfügung, macht die Sprechstunde bei den Familien bekannt und weist Familien bei Bedarf auf das Angebot hin. Die Aufteilung im Einzelnen regelt die folgende Tabelle.',
      contacts: common.contacts,
      rooms:
        'Das Familienzentrum stellt für die Sprechstunde einen abschließbaren Raum mit Sitzgelegenheiten zur Verfügung, in dem vertrauliche Gespräche möglich sind. Die Schlüsselübergabe regeln die Ansprechpersonen; ausgegebene Schlüssel werden quittiert. Jede Partei ist für ihre Mitarbeitenden im Rahmen ihrer eigenen Haftpflicht- und Unfallversicherung versichert.',
      costs:
        'Für die Nutzung der Räume wird kein Entgelt erhoben. Jede Partei trägt die Personal- und Sachkosten ihrer eigenen Leistungen.',
      publicRelations: common.publicRelations,
      dataProtection: common.dataProtection,
      childProtection: common.childProtection,
      evaluation: common.evaluation,
      term: common.term,
      other: common.other,
    },
    services: [
      service(1, 'Offene Sprechstunde (Erziehungsberatung)', {
        frequency: 'monthly',
        place: 'Familienzentrum',
        hoursPerMonth: 2,
      }),
      service(0, 'Raum für vertrauliche Gespräche bereitstellen', {
        frequency: 'monthly',
        place: 'Familienzentrum',
      }),
      service(0, 'Sprechstunde bei den Familien bekannt machen', { frequency: 'monthly' }),
    ],
  },
  {
    key: 'joint_course',
    type: 'joint_course',
    title: 'Gemeinsamer Elternkurs',
    description: 'Familienzentrum und Partner führen gemeinsam einen Kurs der Familienbildung durch.',
    sections: {
      purpose:
        'Die Parteien führen gemeinsam Kurse der Eltern- und Familienbildung durch (§ 16 SGB VIII). Die Vereinbarung dient der verbindlichen Regelung der Verantwortlichkeiten.',
      goals:
        'Eltern werden in ihrer Erziehungskompetenz gestärkt und lernen andere Familien im Sozialraum kennen. Zielgruppen und Inhalte werden je Kurs gemeinsam festgelegt.',
      services:
        'Der Partner stellt eine qualifizierte Kursleitung, plant die Inhalte und führt die Kurstermine durch. Das Familienzentrum stellt den Raum, wirbt für den Kurs, nimmt Anmeldungen entgegen und organisiert bei Bedarf eine Kinderbetreuung. Die Aufteilung im Einzelnen regelt die folgende Tabelle.',
      contacts: common.contacts,
      rooms:
        'Das Familienzentrum stellt für die Kurstermine einen Gruppenraum mit Grundausstattung zur Verfügung. Die Kursleitung achtet auf die Hausordnung, lüftet und hinterlässt den Raum aufgeräumt. Schlüssel werden gegen Quittung ausgegeben. Jede Partei ist für ihre Mitarbeitenden im Rahmen ihrer eigenen Versicherungen versichert; für Teilnehmende gilt die Veranstalterhaftpflicht des Partners.',
      costs:
        'Die Kursgebühr legen die Parteien gemeinsam fest; Ermäßigungen werden gewährt. Die Einnahmen stehen dem Partner zu; der Raum wird unentgeltlich überlassen. Materialkosten trägt [Partei].',
      publicRelations: common.publicRelations,
      dataProtection: common.dataProtection,
      childProtection: common.childProtection,
      evaluation: common.evaluation,
      term: common.term,
      other: common.other,
    },
    services: [
      service(1, 'Kursleitung und Durchführung (8–10 Termine à 2 Stunden)', {
        frequency: 'weekly',
        place: 'Familienzentrum',
        hoursPerMonth: 8,
      }),
      service(0, 'Raum, Werbung und Anmeldung', { frequency: 'weekly', place: 'Familienzentrum' }),
      service(0, 'Kinderbetreuung während der Kurstermine', {
        frequency: 'weekly',
        place: 'Familienzentrum',
      }),
    ],
  },
  {
    key: 'room_use',
    type: 'room_use',
    title: 'Raumnutzung',
    description: 'Eine Partei überlässt der anderen regelmäßig Räume für Angebote für Familien.',
    sections: {
      purpose:
        'Die Vereinbarung regelt die regelmäßige Nutzung von Räumen für Angebote für Familien. Ein Mietverhältnis wird nicht begründet.',
      goals:
        'Angebote für Familien können wohnortnah stattfinden, auch wenn der anbietenden Partei keine eigenen Räume zur Verfügung stehen.',
      services:
        'Die überlassende Partei stellt die Räume zu den vereinbarten Zeiten zur Verfügung. Die nutzende Partei nutzt sie ausschließlich für die vereinbarten Angebote. Buchungen innerhalb der vereinbarten Zeiten bedürfen keiner gesonderten Genehmigung.',
      contacts: common.contacts,
      rooms:
        'Nutzungszeiten: [Wochentag, Uhrzeit]; nicht während der Kernzeiten der Kita und nicht in den Schließzeiten. Die nutzende Partei erhält [Anzahl] Schlüssel gegen Quittung; ein Verlust wird unverzüglich gemeldet, die Kosten eines Schließanlagentauschs trägt die verursachende Partei. Küche und Sanitärräume dürfen mitgenutzt werden. Die Räume werden aufgeräumt und besenrein hinterlassen. Die nutzende Partei schließt eine Betriebshaftpflichtversicherung ab, die Schäden an den überlassenen Räumen abdeckt.',
      costs:
        'Die Räume werden [unentgeltlich / gegen ein Entgelt von [Betrag] EUR je Termin / gegen einen Anteil von [Prozent] % der Kursgebühren] überlassen. Eine Abrechnung erfolgt [halbjährlich].',
      publicRelations: common.publicRelations,
      dataProtection: common.dataProtection,
      childProtection: common.childProtection,
      evaluation: common.evaluation,
      term: common.term,
      other: common.other,
    },
    services: [
      service(0, 'Räume zu den vereinbarten Zeiten überlassen', { frequency: 'weekly' }),
      service(1, 'Angebote für Familien in den Räumen durchführen', { frequency: 'weekly' }),
    ],
  },
  {
    key: 'basic_cooperation',
    type: 'basic_cooperation',
    title: 'Basiskooperation Beratungsstelle – Familienzentrum',
    description:
      'Rahmen des Jugendamts: grundlegende Zusammenarbeit zwischen einer Beratungsstelle und einem Familienzentrum im Sozialraum.',
    sections: {
      purpose:
        'Auf Anregung des Jugendamts im Rahmen der Jugendhilfeplanung (§ 80 SGB VIII) vereinbaren die Parteien eine verbindliche Basiskooperation zwischen Beratungsstelle und Familienzentrum. Sie erfüllt die Anforderung an Familienzentren, mit einer Erziehungs- und Familienberatungsstelle verbindlich zusammenzuarbeiten.',
      goals:
        'Familien des Sozialraums finden schnell den Weg zur passenden Beratung. Die Fachkräfte des Familienzentrums erhalten bei Fragen fachliche Unterstützung.',
      services:
        'Die Beratungsstelle bietet den Fachkräften des Familienzentrums kollegiale Fallberatung (anonymisiert) an, steht für Elternabende zu Erziehungsthemen zur Verfügung und vergibt Beratungstermine für Familien, die das Familienzentrum vermittelt, vorrangig. Das Familienzentrum informiert Familien über das Angebot der Beratungsstelle und lädt sie zu Teamsitzungen und Festen ein. Die in dieser Kooperation zugesagten Stunden werden auf das für alle Familienzentren des Bezirks verfügbare Stundenkontingent der Beratungsstelle angerechnet.',
      contacts: common.contacts,
      rooms:
        'Termine im Familienzentrum finden in dessen Räumen statt; die Nutzung ist unentgeltlich. Jede Partei ist für ihre Mitarbeitenden im Rahmen ihrer eigenen Versicherungen versichert.',
      costs:
        'Jede Partei trägt die Kosten ihrer eigenen Leistungen. Gegenseitige Zahlungen werden nicht vereinbart.',
      publicRelations: common.publicRelations,
      dataProtection: common.dataProtection,
      childProtection: common.childProtection,
      evaluation: `${common.evaluation} Das Jugendamt erhält auf Wunsch eine zusammengefasste Auswertung ohne personenbezogene Daten.`,
      term: common.term,
      other: common.other,
    },
    services: [
      service(1, 'Kollegiale Fallberatung für Fachkräfte (anonymisiert)', {
        frequency: 'quarterly',
        hoursPerMonth: 1,
      }),
      service(1, 'Elternabend zu einem Erziehungsthema', { frequency: 'yearly', place: 'Familienzentrum' }),
      service(1, 'Vorrangige Beratungstermine für vermittelte Familien', { frequency: 'on_demand' }),
      service(0, 'Familien über das Beratungsangebot informieren', { frequency: 'on_demand' }),
    ],
  },
];
