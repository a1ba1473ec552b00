import type { Locale } from '../../http/i18n-types';

/** Error and mail texts of the seal module's cycle part. */
export const cycleMessages = {
  'seal.cycles.validation.order': {
    de: '„Gültig bis“ muss nach dem Tag der Zertifizierung liegen.',
    en: '"Valid until" must lie after the day of certification.',
  },
  'seal.cycles.validation.range': {
    de: 'Bitte ein Datum zwischen 2000 und 2100 angeben.',
    en: 'Please enter a date between 2000 and 2100.',
  },
  'seal.cycles.validation.reviewYear': {
    de: 'Das Prüfjahr muss im Zyklus liegen ({{from}}–{{to}}).',
    en: 'The review year must lie within the cycle ({{from}}–{{to}}).',
  },
  'seal.cycles.validation.edition': {
    de: 'Diese Ausgabe des Kriterienkatalogs gibt es nicht.',
    en: 'There is no such edition of the catalogue.',
  },
  'seal.cycles.validation.noCurrentEdition': {
    de: 'Es ist keine aktuelle Ausgabe des Kriterienkatalogs festgelegt; bitte eine Ausgabe wählen.',
    en: 'No edition of the catalogue is current; please choose an edition.',
  },
  'seal.cycles.error.sameDay': {
    de: 'Für diesen Tag ist schon eine Zertifizierung eingetragen.',
    en: 'A certification is already recorded for this day.',
  },
  'seal.cycles.mail.subject': {
    de: 'Gütesiegel Familienzentrum: Rezertifizierung von {{subject}} bis {{date}}',
    en: 'Quality seal: re-certification of {{subject}} due on {{date}}',
  },
  'seal.cycles.mail.text': {
    de: 'Guten Tag,\n\ndas Gütesiegel Familienzentrum NRW von {{subject}} gilt bis zum {{date}}. In {{months}} Monaten ist die Rezertifizierung fällig; sie lässt sich nicht verschieben.\n\nIn Familiennetz sehen Sie im Selbstcheck, welche Nachweise schon vorliegen und was noch fehlt: {{url}}\n\nDiese Nachricht wurde von Familiennetz verschickt.',
    en: 'Hello,\n\nthe quality seal (Gütesiegel Familienzentrum NRW) of {{subject}} is valid until {{date}}. The re-certification is due in {{months}} months and cannot be postponed.\n\nThe self-check in Familiennetz shows which evidence is there and what is missing: {{url}}\n\nThis message was sent by Familiennetz.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
