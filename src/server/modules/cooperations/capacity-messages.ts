/** Error texts of capacity (mandate, hours per month, periods), merged into the module's messages. */
export const capacityMessages = {
  'capacity.validation.hoursRange': {
    de: 'Bitte Stunden zwischen 0 und 744 (31 Tage × 24 Stunden) angeben.',
    en: 'Please give hours between 0 and 744 (31 days × 24 hours).',
  },
  'capacity.validation.periodOrder': {
    de: 'Das Ende darf nicht vor dem Beginn liegen.',
    en: 'The end must not be before the start.',
  },
  'capacity.validation.periodOverlap': {
    de: 'Dieser Zeitraum überschneidet sich mit einem anderen für denselben Bezirk.',
    en: 'This period overlaps another one for the same district.',
  },
  'capacity.validation.unknownDistrict': {
    de: 'Diesen Bezirk gibt es in der Kommune der Organisation nicht.',
    en: 'The organisation’s municipality has no such district.',
  },
  'capacity.validation.unknownArea': {
    de: 'Unbekannter Aufgabenbereich.',
    en: 'Unknown mandate area.',
  },
  'capacity.validation.notASide': {
    de: 'Diese Organisation ist keine Seite dieser Kooperation.',
    en: 'This organisation is not a side of this cooperation.',
  },
  'capacity.conflict.concurrentPeriods': {
    de: 'Die Zeiträume wurden gerade von jemand anderem geändert. Bitte neu laden.',
    en: 'Someone else just changed the periods. Please reload.',
  },
} as const;
