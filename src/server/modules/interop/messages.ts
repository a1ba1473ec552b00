import type { Locale } from '../../http/i18n-types';

/** Texts of the exports: file names, the CSV's column headers and the relationship statuses. */
export const interopMessages = {
  'interop.file.network': { de: 'netzwerk-{{centre}}.csv', en: 'network-{{centre}}.csv' },
  'interop.file.contacts': { de: 'kontakte-{{centre}}.vcf', en: 'contacts-{{centre}}.vcf' },
  'interop.csv.partner': { de: 'Partner', en: 'Partner' },
  'interop.csv.kind': { de: 'Art', en: 'Kind' },
  'interop.csv.status': { de: 'Status', en: 'Status' },
  'interop.csv.statusSince': { de: 'Status seit', en: 'Status since' },
  'interop.csv.nextStep': { de: 'Nächster Schritt', en: 'Next step' },
  'interop.csv.nextStepDue': { de: 'Fällig am', en: 'Due on' },
  'interop.csv.assignee': { de: 'Zuständig', en: 'Assignee' },
  'interop.csv.street': { de: 'Straße', en: 'Street' },
  'interop.csv.postalCode': { de: 'PLZ', en: 'Postcode' },
  'interop.csv.city': { de: 'Ort', en: 'City' },
  'interop.csv.phone': { de: 'Telefon', en: 'Phone' },
  'interop.csv.email': { de: 'E-Mail', en: 'E-mail' },
  'interop.csv.website': { de: 'Website', en: 'Website' },
  'interop.status.potential': { de: 'potenziell', en: 'potential' },
  'interop.status.in_contact': { de: 'im Kontakt', en: 'in contact' },
  'interop.status.active': { de: 'aktiv', en: 'active' },
  'interop.status.paused': { de: 'pausiert', en: 'paused' },
  'interop.status.ended': { de: 'beendet', en: 'ended' },
} as const satisfies Record<string, Record<Locale, string>>;
