/**
 * A realistic, long sample agreement (about ten A4 pages as PDF) for the renderer tests and
 * bench/agreement-documents.ts. Not used by the running server.
 */
import type { AgreementDocumentModel, AgreementDocumentSection, AgreementDocumentService } from './model';

const SECTION_TITLES = [
  'Vertragsparteien und Vertretung',
  'Gegenstand und Rechtsgrundlagen',
  'Ziele und Zielgruppen',
  'Leistungen der Parteien',
  'Ansprechpersonen und Austausch',
  'Räume, Schlüssel und Versicherung',
  'Kosten',
  'Öffentlichkeitsarbeit',
  'Datenschutz und Schweigepflicht',
  'Kinderschutz (§ 8a, § 72a SGB VIII)',
  'Auswertung und Überprüfung',
  'Laufzeit und Kündigung',
  'Schlussbestimmungen',
];

const FILLER = [
  'Die Parteien arbeiten partnerschaftlich zusammen und stimmen sich über Änderungen frühzeitig ab. ' +
    'Größere Änderungen des Angebots werden schriftlich festgehalten und von beiden Seiten bestätigt.',
  'Die Erziehungsberatungsstelle stellt eine Fachkraft für die offene Sprechstunde im Familienzentrum; ' +
    'das Familienzentrum stellt einen geeigneten Beratungsraum mit Tür, Tisch und Stühlen zur Verfügung, ' +
    'der während der Sprechstunde nicht anderweitig genutzt wird. Die Straße vor dem Haus ist barrierefrei erreichbar.',
  'Eltern, Großeltern und andere Erziehungsberechtigte aus dem Einzugsgebiet können die Sprechstunde ohne ' +
    'Anmeldung und kostenfrei nutzen. Bei Bedarf vermittelt die Fachkraft in weiterführende Hilfen; die Träger ' +
    'informieren einander über Änderungen der Öffnungszeiten, der Zuständigkeiten und der Erreichbarkeit.',
  'Über Inhalte der Beratung wird Stillschweigen bewahrt. Personenbezogene Daten werden nur mit ' +
    'Einwilligung der Betroffenen weitergegeben; die Vorgaben der DSGVO und des SGB VIII bleiben unberührt. ' +
    '„Anonyme Fallbesprechungen“ im Team sind zulässig, sofern keine Rückschlüsse auf Personen möglich sind.',
];

function section(number: number, title: string): AgreementDocumentSection {
  const paragraphs = Array.from({ length: 5 }, (_, i) => FILLER[(number + i) % FILLER.length] ?? '');
  if (number === 10)
    paragraphs.unshift(
      'Das erweiterte Führungszeugnis der eingesetzten Fachkraft wurde am 03.02.2026 von Frau Krüger ' +
        '(Leitung Familienzentrum) eingesehen; das Zeugnis selbst wird nicht aufbewahrt.',
    );
  return { number, title, paragraphs };
}

const SERVICE_ROWS: AgreementDocumentService[] = [
  {
    party: 'Erziehungsberatungsstelle Musterstadt',
    service: 'Offene Sprechstunde der Erziehungsberatung',
    frequency: 'monatlich, 1. Dienstag',
    place: 'Familienzentrum Sonnenblume, Beratungsraum',
    hoursPerMonth: 2,
  },
  {
    party: 'Familienzentrum Sonnenblume',
    service: 'Bereitstellung des Beratungsraums und Schlüsselübergabe',
    frequency: 'monatlich',
    place: 'Blumenstraße 21',
  },
  {
    party: 'Erziehungsberatungsstelle Musterstadt',
    service: 'Elternabend zu Themen der Erziehung (z. B. „Grenzen setzen“, Größe der Geschwistergruppe)',
    frequency: 'zweimal jährlich',
    place: 'Familienzentrum Sonnenblume, Mehrzweckraum',
    hoursPerMonth: 0.5,
  },
  {
    party: 'Familienzentrum Sonnenblume',
    service: 'Bewerbung der Sprechstunde (Aushang, Elternbrief, Website)',
    frequency: 'laufend',
  },
];

/** About 38 matrix rows so that the table runs over a page break. */
function services(): AgreementDocumentService[] {
  return Array.from({ length: 38 }, (_, i) => {
    const row = SERVICE_ROWS[i % SERVICE_ROWS.length] as AgreementDocumentService;
    return { ...row, service: `${row.service} (${i + 1})` };
  });
}

export function sampleAgreementModel(
  overrides: Partial<AgreementDocumentModel> = {},
): AgreementDocumentModel {
  return {
    title: 'Kooperationsvereinbarung – Offene Sprechstunde der Erziehungsberatung',
    reference: 'KV-2026-0012',
    version: 2,
    statusLabel: 'Unterzeichnet',
    generatedAt: new Date('2026-03-12T09:30:00Z'),
    parties: [
      {
        name: 'Stadt Musterstadt',
        role: 'Träger des Familienzentrums',
        facilities: ['Familienzentrum Sonnenblume'],
        address: 'Blumenstraße 21\n12345 Musterstadt',
        representative: { name: 'Sabine Krüger', role: 'Leitung Familienzentrum' },
      },
      {
        name: 'Caritasverband Musterstadt e.V.',
        role: 'Träger der Erziehungsberatungsstelle',
        facilities: ['Erziehungsberatungsstelle Musterstadt'],
        address: 'Große Straße 5, 12345 Musterstadt',
        representative: { name: 'Jana Petersen', role: 'Leitung Beratungsstelle' },
      },
    ],
    sections: SECTION_TITLES.map((title, i) => section(i + 1, title)),
    services: services(),
    servicesSectionNumber: 4,
    signatures: [
      {
        party: 'Stadt Musterstadt',
        name: 'Sabine Krüger',
        role: 'Leitung Familienzentrum',
        place: 'Musterstadt',
        signedAt: new Date('2026-03-10T10:00:00Z'),
      },
      { party: 'Caritasverband Musterstadt e.V.', name: 'Jana Petersen', role: 'Leitung Beratungsstelle' },
    ],
    draft: false,
    ...overrides,
  };
}
