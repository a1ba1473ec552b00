import type { Locale } from '../../http/i18n-types';

/** Error texts of the capacity pools, merged into the cooperations module's messages. */
export const poolMessages = {
  'pools.validation.poolHours': {
    de: 'Bitte Stunden pro Monat über 0 und höchstens 744 angeben (eine Nachkommastelle).',
    en: 'Please give hours per month above 0 and at most 744 (one decimal).',
  },
  'pools.validation.allocationHours': {
    de: 'Bitte 0 bis 744 Stunden pro Monat angeben (eine Nachkommastelle); negative Stunden gibt es nicht.',
    en: 'Please give 0 to 744 hours per month (one decimal); hours cannot be negative.',
  },
  'pools.validation.requestHours': {
    de: 'Bitte Stunden pro Monat über 0 und höchstens 744 angeben (eine Nachkommastelle).',
    en: 'Please give hours per month above 0 and at most 744 (one decimal).',
  },
  'pools.validation.requestAbovePool': {
    de: 'Die Anfrage ist größer als der ganze Pool.',
    en: 'The request is larger than the whole pool.',
  },
  'pools.validation.periodOrder': {
    de: 'Das Ende darf nicht vor dem Beginn liegen.',
    en: 'The end may not be before the start.',
  },
  'pools.validation.partner': {
    de: 'Bitte eine Partnerorganisation wählen.',
    en: 'Please choose a partner organisation.',
  },
  'pools.validation.district': {
    de: 'Dieser Bezirk gehört nicht zur Kommune des Pools.',
    en: 'This district does not belong to the pool’s municipality.',
  },
  'pools.validation.duplicate': {
    de: 'Doppelt angegeben.',
    en: 'Given twice.',
  },
  'pools.validation.weightDistrict': {
    de: 'Bedarfszahlen nur für Bezirke, die der Pool versorgt.',
    en: 'Need figures only for districts the pool serves.',
  },
  'pools.validation.weight': {
    de: 'Bitte eine Bedarfszahl ab 0 angeben.',
    en: 'Please give a need figure of 0 or more.',
  },
  'pools.validation.municipality': {
    de: 'Bitte die Kommune angeben, für die der Pool gilt.',
    en: 'Please give the municipality the pool is for.',
  },
  'pools.validation.districtsInUse': {
    de: 'Familienzentren mit Anfrage oder Zuteilung lägen dann außerhalb des Pools: erst deren Zuteilung ändern.',
    en: 'Family centres with a request or allocation would fall outside the pool: change their allocation first.',
  },
  'pools.validation.belowAllocated': {
    de: 'Es sind bereits {{allocated}} Stunden zugeteilt: der Pool kann nicht kleiner sein.',
    en: '{{allocated}} hours are already allocated: the pool cannot be smaller.',
  },
  'pools.validation.partnerFixed': {
    de: 'Aus dem Pool sind schon Rahmenvereinbarungen entstanden: der Partner bleibt.',
    en: 'Framework agreements have been produced from the pool: the partner stays.',
  },
  'pools.validation.notEligible': {
    de: 'Dieses Familienzentrum liegt nicht in einem Bezirk des Pools.',
    en: 'This family centre is not in a district of the pool.',
  },
  'pools.validation.overAllocated': {
    de: 'Zugeteilt wären {{sum}} Stunden pro Monat, der Pool hat {{pool}}.',
    en: '{{sum}} hours per month would be allocated; the pool has {{pool}}.',
  },
  'pools.validation.noNeedFigures': {
    de: 'Für die Bezirke dieser Familienzentren sind keine Bedarfszahlen eingetragen.',
    en: 'No need figures are entered for the districts of these family centres.',
  },
  'pools.validation.noAllocations': {
    de: 'Es sind noch keine Stunden zugeteilt.',
    en: 'No hours have been allocated yet.',
  },
  'pools.error.notConfirmed': {
    de: 'Der Partner hat die Stunden des Pools noch nicht bestätigt: Zuteilen geht erst danach.',
    en: 'The partner has not confirmed the pool’s hours yet: allocating is possible only after that.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
