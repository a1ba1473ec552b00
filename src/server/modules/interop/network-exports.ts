import Papa from 'papaparse';
import VCard from 'vcard-creator';
import { type Locale, translate } from '../../http/i18n';
import type { getNetworkForExport } from '../directory/relationships';

type Network = Awaited<ReturnType<typeof getNetworkForExport>>;

const dateLocales = { de: 'de-DE', en: 'en-GB' } as const satisfies Record<Locale, string>;

/**
 * Cells a spreadsheet would run as a formula, judged by their first character alone. Papa's own pattern
 * (`escapeFormulae: true`) is `^[=+\-@\t\r].*$`, which misses a formula with a line break in it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The centre's network as a spreadsheet: semicolons and a byte-order mark, because that is what German
 * Excel opens correctly with umlauts. Internal notes stay out: exports leave the system.
 */
export function networkCsv(network: Network, locale: Locale): string {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const fields = [
    t('interop.csv.partner'),
    t('interop.csv.kind'),
    t('interop.csv.status'),
    t('interop.csv.statusSince'),
    t('interop.csv.nextStep'),
    t('interop.csv.nextStepDue'),
    t('interop.csv.assignee'),
    t('interop.csv.street'),
    t('interop.csv.postalCode'),
    t('interop.csv.city'),
    t('interop.csv.phone'),
    t('interop.csv.email'),
    t('interop.csv.website'),
  ];
  const data = network.partners.map((p) => [
    p.partnerName,
    p.kinds.map((k) => (locale === 'en' ? k.labelEn : k.labelDe)).join(', '),
    t(`interop.status.${p.status}`),
    new Date(p.statusChangedAt).toLocaleDateString(dateLocales[locale], { timeZone: 'Europe/Berlin' }),
    p.nextStep ?? '',
    p.nextStepDue ?? '',
    p.assigneeName ?? '',
    p.street ?? '',
    p.postalCode ?? '',
    p.city ?? '',
    p.phone ?? '',
    p.email ?? '',
    p.website ?? '',
  ]);
  const csv = Papa.unparse(
    { fields, data },
    { delimiter: ';', newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  return `\uFEFF${csv}\r\n`;
}

/** The partners' contact persons as vCards (business contact data only). */
export function networkVcards(network: Network): string {
  return network.contacts
    .map((c) => {
      const card = new VCard();
      const [givenName = '', ...rest] = c.name.split(' ');
      card.addName({ familyName: rest.join(' ') || givenName, givenName: rest.length > 0 ? givenName : '' });
      card.addCompany({ name: c.organizationName });
      if (c.role) card.addJobtitle(c.role);
      if (c.phone) card.addPhoneNumber({ number: c.phone, type: ['work'] });
      if (c.email) card.addEmail({ address: c.email, type: ['work'] });
      return card.toString();
    })
    .join('');
}
