/**
 * Error texts of planning: district boundaries (GeoJSON import) and need figures (form and CSV), merged
 * into the module's messages. Every boundary problem names the feature ({{feature}}: its name, id or number).
 */
export const boundariesMessages = {
  'planning.boundaries.invalid': {
    de: 'Die GeoJSON-Datei wurde nicht übernommen, es wurde nichts gespeichert. Betroffen: {{features}}.',
    en: 'The GeoJSON file was not imported, nothing was saved. Affected: {{features}}.',
  },
  'planning.boundaries.notCollection': {
    de: 'Erwartet wird eine GeoJSON-FeatureCollection.',
    en: 'A GeoJSON FeatureCollection is expected.',
  },
  'planning.boundaries.noFeatures': {
    de: 'Die FeatureCollection enthält keine Features.',
    en: 'The FeatureCollection has no features.',
  },
  'planning.boundaries.tooManyFeatures': {
    de: 'Höchstens {{max}} Features je Datei.',
    en: 'At most {{max}} features per file.',
  },
  'planning.boundaries.projectedCrs': {
    de: 'Das Koordinatensystem „{{crs}}“ wird nicht angenommen: bitte als WGS84 (EPSG:4326, Längen- und Breitengrade) exportieren.',
    en: 'The coordinate system "{{crs}}" is not accepted: please export as WGS84 (EPSG:4326, longitude and latitude).',
  },
  'planning.boundaries.notFeature': {
    de: 'Feature {{feature}}: kein GeoJSON-Feature.',
    en: 'Feature {{feature}}: not a GeoJSON feature.',
  },
  'planning.boundaries.noName': {
    de: 'Feature {{feature}}: ohne Namen (Eigenschaft „{{property}}“ fehlt oder ist leer).',
    en: 'Feature {{feature}}: has no name (property "{{property}}" is missing or empty).',
  },
  'planning.boundaries.duplicateName': {
    de: 'Feature {{feature}}: derselbe Name wie Feature #{{other}}.',
    en: 'Feature {{feature}}: the same name as feature #{{other}}.',
  },
  'planning.boundaries.unknownDistrict': {
    de: 'Feature {{feature}}: einen Sozialraum dieses Namens gibt es in {{municipality}} nicht.',
    en: 'Feature {{feature}}: {{municipality}} has no district of that name.',
  },
  'planning.boundaries.notPolygon': {
    de: 'Feature {{feature}}: Geometrie „{{type}}“ – erwartet wird Polygon oder MultiPolygon.',
    en: 'Feature {{feature}}: geometry "{{type}}" – a Polygon or MultiPolygon is expected.',
  },
  'planning.boundaries.badCoordinates': {
    de: 'Feature {{feature}}: die Koordinaten sind kein gültiges Polygon.',
    en: 'Feature {{feature}}: the coordinates are not a valid polygon.',
  },
  'planning.boundaries.projected': {
    de: 'Feature {{feature}}: Koordinaten ({{lng}}, {{lat}}) sind projiziert (z. B. UTM) – bitte als WGS84 (EPSG:4326) exportieren.',
    en: 'Feature {{feature}}: coordinates ({{lng}}, {{lat}}) are projected (e.g. UTM) – please export as WGS84 (EPSG:4326).',
  },
  'planning.boundaries.outOfRange': {
    de: 'Feature {{feature}}: Koordinaten ({{lng}}, {{lat}}) liegen außerhalb von WGS84 (Länge ±180, Breite ±90).',
    en: 'Feature {{feature}}: coordinates ({{lng}}, {{lat}}) are outside WGS84 (longitude ±180, latitude ±90).',
  },
  'planning.boundaries.tooFewPositions': {
    de: 'Feature {{feature}}: ein Ring hat weniger als vier Punkte.',
    en: 'Feature {{feature}}: a ring has fewer than four positions.',
  },
  'planning.boundaries.notClosed': {
    de: 'Feature {{feature}}: ein Ring ist nicht geschlossen (der letzte Punkt muss dem ersten, {{lng}}, {{lat}}, gleichen).',
    en: 'Feature {{feature}}: a ring is not closed (the last position must equal the first, {{lng}}, {{lat}}).',
  },
  'planning.boundaries.tooManyPositions': {
    de: 'Feature {{feature}}: mehr als {{max}} Punkte – bitte vorher vereinfachen.',
    en: 'Feature {{feature}}: more than {{max}} positions – please simplify it first.',
  },
  'planning.boundaries.selfIntersection': {
    de: 'Feature {{feature}}: das Polygon schneidet sich selbst (bei {{lng}}, {{lat}}).',
    en: 'Feature {{feature}}: the polygon intersects itself (at {{lng}}, {{lat}}).',
  },
  'planning.needFigures.unknownDistrict': {
    de: 'Diesen Sozialraum gibt es in der Kommune nicht.',
    en: 'The municipality has no such district.',
  },
  'planning.needFigures.duplicateDistrict': {
    de: 'Dieser Sozialraum steht mehrfach in den Angaben.',
    en: 'This district is listed more than once.',
  },
  'planning.needFigures.stale': {
    de: 'Die Bedarfszahlen von „{{district}}“ wurden gerade von jemand anderem geändert. Bitte neu laden.',
    en: 'Someone else just changed the need figures of "{{district}}". Please reload.',
  },
  'planning.csv.invalid': {
    de: 'Die CSV-Datei wurde nicht übernommen, es wurde nichts gespeichert. Betroffene Zeilen: {{lines}}.',
    en: 'The CSV file was not imported, nothing was saved. Lines affected: {{lines}}.',
  },
  'planning.csv.empty': {
    de: 'Die CSV-Datei enthält keine Datenzeilen.',
    en: 'The CSV file has no data lines.',
  },
  'planning.csv.missingColumns': {
    de: 'Zeile 1: es fehlen die Spalten {{columns}}.',
    en: 'Line 1: the columns {{columns}} are missing.',
  },
  'planning.csv.unknownColumn': {
    de: 'Zeile 1: unbekannte Spalte „{{column}}“.',
    en: 'Line 1: unknown column "{{column}}".',
  },
  'planning.csv.cellCount': {
    de: 'Zeile {{line}}: {{cells}} Felder statt {{columns}} wie in der Kopfzeile.',
    en: 'Line {{line}}: {{cells}} fields instead of {{columns}} as in the header.',
  },
  'planning.csv.noDistrict': {
    de: 'Zeile {{line}}: der Sozialraum fehlt.',
    en: 'Line {{line}}: the district is missing.',
  },
  'planning.csv.unknownDistrict': {
    de: 'Zeile {{line}}: einen Sozialraum „{{district}}“ gibt es in der Kommune nicht.',
    en: 'Line {{line}}: the municipality has no district "{{district}}".',
  },
  'planning.csv.duplicate': {
    de: 'Zeile {{line}}: „{{district}}“ {{year}} stand schon in Zeile {{other}}.',
    en: 'Line {{line}}: "{{district}}" {{year}} was already in line {{other}}.',
  },
  'planning.csv.badYear': {
    de: 'Zeile {{line}}: „{{value}}“ ist kein Jahr zwischen 2000 und 2100.',
    en: 'Line {{line}}: "{{value}}" is not a year between 2000 and 2100.',
  },
  'planning.csv.badCount': {
    de: 'Zeile {{line}}, Spalte „{{column}}“: „{{value}}“ ist keine ganze Zahl ≥ 0.',
    en: 'Line {{line}}, column "{{column}}": "{{value}}" is not a whole number ≥ 0.',
  },
  'planning.csv.badPercent': {
    de: 'Zeile {{line}}, Spalte „{{column}}“: „{{value}}“ ist kein Prozentwert zwischen 0 und 100.',
    en: 'Line {{line}}, column "{{column}}": "{{value}}" is not a percentage between 0 and 100.',
  },
} as const;
