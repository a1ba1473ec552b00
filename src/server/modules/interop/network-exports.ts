import Papa from 'papaparse';
import VCard from 'vcard-creator';
import type { getNetworkForExport } from '../directory/relationships';

type Network = Awaited<ReturnType<typeof getNetworkForExport>>;

const statusLabels = {
  potential: 'potenziell',
  in_contact: 'im Kontakt',
  active: 'aktiv',
  paused: 'pausiert',
  ended: 'beendet',
} as const;

/**
 * Cells a spreadsheet would run as a formula, judged by their first character alone. Papa's own pattern
 * (`escapeFormulae: true`) is `^[=+\-@\t\r].*$`, which misses a formula with a line break in it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The centre's network as a spreadsheet: semicolons and a byte-order mark, because that is what German
 * Excel opens correctly with umlauts. Internal notes stay out: exports leave the system.
 */
export function networkCsv(network: Network): string {
  const rows = network.partners.map((p) => ({
    Partner: p.partnerName,
    Art: p.kinds.map((k) => k.labelDe).join(', '),
    Status: statusLabels[p.status],
    'Status seit': new Date(p.statusChangedAt).toLocaleDateString('de-DE', { timeZone: 'Europe/Berlin' }),
    'Nächster Schritt': p.nextStep ?? '',
    'Fällig am': p.nextStepDue ?? '',
    Zuständig: p.assigneeName ?? '',
    Straße: p.street ?? '',
    PLZ: p.postalCode ?? '',
    Ort: p.city ?? '',
    Telefon: p.phone ?? '',
    'E-Mail': p.email ?? '',
    Website: p.website ?? '',
  }));
  return `\uFEFF${Papa.unparse(rows, { delimiter: ';', newline: '\r\n', escapeFormulae: FORMULA_START })}\r\n`;
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
