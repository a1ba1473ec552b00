/** Error texts of the seal module's catalogue part: the edition import's line-numbered problems. */
export const catalogueMessages = {
  'seal.catalogue.invalid': {
    de: 'Die Datei wurde nicht übernommen, es wurde nichts gespeichert. Betroffene Zeilen: {{lines}}.',
    en: 'The file was not imported, nothing was saved. Lines affected: {{lines}}.',
  },
  'seal.catalogue.editionNotFound': {
    de: 'Diese Ausgabe des Katalogs gibt es nicht.',
    en: 'This edition of the catalogue does not exist.',
  },
  'seal.catalogue.noCurrent': {
    de: 'Es ist keine Ausgabe des Katalogs als aktuell festgelegt.',
    en: 'No edition of the catalogue is set as current.',
  },
  'seal.catalogue.noKey': {
    de: 'Die Ausgabe braucht eine Bezeichnung (z. B. „2025“).',
    en: 'The edition needs a name (e.g. "2025").',
  },
  'seal.catalogue.keyTooLong': {
    de: 'Die Bezeichnung der Ausgabe darf höchstens 40 Zeichen lang sein.',
    en: "The edition's name may be at most 40 characters long.",
  },
  'seal.catalogue.keyTaken': {
    de: 'Eine Ausgabe „{{key}}“ gibt es schon. Ausgaben werden nicht überschrieben: bitte eine neue Bezeichnung wählen.',
    en: 'An edition "{{key}}" already exists. Editions are never overwritten: please choose a new name.',
  },
  'seal.catalogue.noTitle': {
    de: 'Die Ausgabe braucht einen Titel.',
    en: 'The edition needs a title.',
  },
  'seal.catalogue.noCriteria': {
    de: 'Die Datei enthält keine Kriterien.',
    en: 'The file contains no criteria.',
  },
  'seal.catalogue.badJson': {
    de: 'Zeile {{line}}: die Datei ist kein gültiges JSON.',
    en: 'Line {{line}}: the file is not valid JSON.',
  },
  'seal.catalogue.notAnEdition': {
    de: 'Zeile 1: die JSON-Datei braucht die Listen „areas“ und „criteria“ (wie editions/2020.json).',
    en: 'Line 1: the JSON file needs the lists "areas" and "criteria" (like editions/2020.json).',
  },
  'seal.catalogue.unknownColumn': {
    de: 'Zeile 1: unbekannte Spalte „{{column}}“.',
    en: 'Line 1: unknown column "{{column}}".',
  },
  'seal.catalogue.missingColumns': {
    de: 'Zeile 1: es fehlen die Spalten {{columns}}.',
    en: 'Line 1: the columns {{columns}} are missing.',
  },
  'seal.catalogue.cellCount': {
    de: 'Zeile {{line}}: {{cells}} Felder statt {{columns}} wie in der Kopfzeile.',
    en: 'Line {{line}}: {{cells}} fields instead of {{columns}} as in the header.',
  },
  'seal.catalogue.unknownRecord': {
    de: 'Zeile {{line}}: Satzart „{{value}}“ ist weder „Bereich“ noch „Kriterium“.',
    en: 'Line {{line}}: record type "{{value}}" is neither "area" nor "criterion".',
  },
  'seal.catalogue.areaNumberMissing': {
    de: 'Zeile {{line}}: die Nummer des Bereichs fehlt.',
    en: "Line {{line}}: the area's number is missing.",
  },
  'seal.catalogue.badAreaNumber': {
    de: 'Zeile {{line}}: „{{value}}“ ist keine Bereichsnummer (1 bis 20).',
    en: 'Line {{line}}: "{{value}}" is not an area number (1 to 20).',
  },
  'seal.catalogue.duplicateArea': {
    de: 'Zeile {{line}}: Bereich {{area}} steht schon in Zeile {{other}}.',
    en: 'Line {{line}}: area {{area}} is already in line {{other}}.',
  },
  'seal.catalogue.badAreaKind': {
    de: 'Zeile {{line}}: Art „{{value}}“ ist weder „Leistungsbereich“ noch „Strukturbereich“.',
    en: 'Line {{line}}: kind "{{value}}" is neither "performance" nor "structure".',
  },
  'seal.catalogue.blankAreaName': {
    de: 'Zeile {{line}}: der Bereich braucht einen deutschen und einen englischen Namen.',
    en: 'Line {{line}}: the area needs a German and an English name.',
  },
  'seal.catalogue.badMinimum': {
    de: 'Zeile {{line}}: „{{value}}“ ist keine Mindestzahl (ganze Zahl ab 0).',
    en: 'Line {{line}}: "{{value}}" is not a minimum count (a whole number from 0).',
  },
  'seal.catalogue.badFlag': {
    de: 'Zeile {{line}}: „{{value}}“ ist weder „ja“ noch „nein“.',
    en: 'Line {{line}}: "{{value}}" is neither "yes" nor "no".',
  },
  'seal.catalogue.areaWithoutCriteria': {
    de: 'Zeile {{line}}: Bereich {{area}} hat keine Kriterien.',
    en: 'Line {{line}}: area {{area}} has no criteria.',
  },
  'seal.catalogue.minimumAboveCount': {
    de: 'Zeile {{line}}: Bereich {{area}} verlangt {{minBasic}} Basis- und {{minAdvanced}} Aufbaukriterien, hat aber nur {{basic}} und {{advanced}}.',
    en: 'Line {{line}}: area {{area}} asks for {{minBasic}} basic and {{minAdvanced}} advanced criteria but has only {{basic}} and {{advanced}}.',
  },
  'seal.catalogue.noCode': {
    de: 'Zeile {{line}}: der Code des Kriteriums fehlt.',
    en: "Line {{line}}: the criterion's code is missing.",
  },
  'seal.catalogue.badCode': {
    de: 'Zeile {{line}}: „{{code}}“ ist kein Kriteriencode wie „6.2“.',
    en: 'Line {{line}}: "{{code}}" is not a criterion code like "6.2".',
  },
  'seal.catalogue.duplicateCode': {
    de: 'Zeile {{line}}: Kriterium {{code}} steht schon in Zeile {{other}}.',
    en: 'Line {{line}}: criterion {{code}} is already in line {{other}}.',
  },
  'seal.catalogue.missingArea': {
    de: 'Zeile {{line}}: bei Kriterium {{code}} fehlt der Bereich.',
    en: 'Line {{line}}: criterion {{code}} has no area.',
  },
  'seal.catalogue.unknownArea': {
    de: 'Zeile {{line}}: Kriterium {{code}} gehört zu Bereich {{area}}, der in der Datei nicht angelegt ist.',
    en: 'Line {{line}}: criterion {{code}} belongs to area {{area}}, which the file does not define.',
  },
  'seal.catalogue.codeNotInArea': {
    de: 'Zeile {{line}}: Kriterium {{code}} passt nicht zu Bereich {{area}} (der Code beginnt mit der Bereichsnummer).',
    en: 'Line {{line}}: criterion {{code}} does not match area {{area}} (the code starts with the area number).',
  },
  'seal.catalogue.badKind': {
    de: 'Zeile {{line}}: Kriterium {{code}}: Art „{{value}}“ ist weder „Basis“ noch „Aufbau“.',
    en: 'Line {{line}}: criterion {{code}}: kind "{{value}}" is neither "basic" nor "advanced".',
  },
  'seal.catalogue.blankTitle': {
    de: 'Zeile {{line}}: Kriterium {{code}} braucht einen deutschen und einen englischen Titel.',
    en: 'Line {{line}}: criterion {{code}} needs a German and an English title.',
  },
  'seal.catalogue.noEvidence': {
    de: 'Zeile {{line}}: bei Kriterium {{code}} fehlt, welche Nachweise zählen.',
    en: 'Line {{line}}: criterion {{code}} does not say which evidence counts.',
  },
  'seal.catalogue.badEvidence': {
    de: 'Zeile {{line}}: Kriterium {{code}}: „{{value}}“ ist keine Nachweisart (Angebot, Vereinbarung, Kooperation, Raum, Dokument).',
    en: 'Line {{line}}: criterion {{code}}: "{{value}}" is not an evidence kind (offering, agreement, cooperation, room, document).',
  },
  'seal.catalogue.badPartnerKind': {
    de: 'Zeile {{line}}: Kriterium {{code}}: „{{value}}“ ist keine Partnerart des Verzeichnisses.',
    en: 'Line {{line}}: criterion {{code}}: "{{value}}" is not a partner kind of the directory.',
  },
} as const;
