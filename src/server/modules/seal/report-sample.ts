import type { SealReport } from './report-model';
import { type EvidenceItem, type SelfCheck, selfCheckSchema } from './schemas';

/** A hand-made self-check of Sonnenblume and its report (tests of the renderers without a database). */
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const AREA_NAMES = [
  'Beratung und Unterstützung von Kindern und Familien',
  'Familienbildung und Erziehungspartnerschaft',
  'Kindertagespflege',
  'Vereinbarkeit von Beruf und Familie',
  'Sozialraumbezug',
  'Kooperation und Organisation',
  'Kommunikation',
  'Leistungsentwicklung und Selbstevaluation',
];
const sonnenblume = { id: id(1), name: 'Familienzentrum Sonnenblume' };

function criterion(area: number, n: number, met: boolean) {
  return {
    code: `${area}.${n}`,
    area,
    kind: n === 1 ? ('advanced' as const) : ('basic' as const),
    titleDe: `Kriterium ${area}.${n} mit Umlauten äöü`,
    titleEn: `Criterion ${area}.${n}`,
    hintDe: '',
    hintEn: '',
    evidence: ['offering' as const],
    partnerKinds: [],
    met,
  };
}

export function sampleSelfCheck(): SelfCheck {
  const areas = AREA_NAMES.map((nameDe, i) => {
    const number = i + 1;
    const criteria = [1, 2, 3].map((n) => {
      const c = criterion(number, n, !(number === 6 && n === 3));
      return {
        ...c,
        evidence: (c.met
          ? [
              {
                kind: 'offering' as const,
                id: id(100 + number * 10 + n),
                title: `Elterncafé ${number}.${n}`,
                facility: sonnenblume,
                from: '2026-02-03',
                until: null,
                expiresBeforeDue: false,
                link: `/angebote/verwalten/${id(100 + number * 10 + n)}`,
                hasFile: false,
              },
            ]
          : []) as EvidenceItem[],
      };
    });
    return {
      number,
      kind: number <= 4 ? ('performance' as const) : ('structure' as const),
      nameDe,
      nameEn: `Area ${number}`,
      minBasic: 1,
      minAdvanced: number === 6 ? 2 : 1,
      minimumsEstimated: true,
      basicMet: number === 6 ? 1 : 2,
      advancedMet: 1,
      met: number !== 6,
      criteria,
    };
  });
  const agreement = {
    kind: 'agreement' as const,
    id: id(900),
    title: 'Kooperation Erziehungsberatung',
    facility: sonnenblume,
    from: '2024-01-01',
    until: '2027-01-31',
    expiresBeforeDue: true,
    link: `/vereinbarungen/${id(900)}`,
    hasFile: false,
  };
  areas[5]?.criteria[0]?.evidence.push(agreement);
  return selfCheckSchema.parse({
    subject: { ...sonnenblume, type: 'family_centre', facilities: [sonnenblume] },
    cycle: {
      id: id(2),
      organizationId: sonnenblume.id,
      edition: { id: id(3), key: '2020', title: 'Gütesiegel 2020' },
      certifiedOn: '2023-03-01',
      validUntil: '2027-03-01',
      reviewYear: 2026,
      note: '',
      version: 1,
    },
    edition: { id: id(3), key: '2020', title: 'Gütesiegel 2020' },
    reviewPeriod: { year: 2026, from: '2026-01-01', to: '2026-12-31' },
    at: '2026-12-07',
    areas,
    warnings: [
      {
        kind: 'agreementEnded',
        message: 'Die Vereinbarung „Alte Absprache“ ist am 30.06.2026 ausgelaufen.',
        criteria: ['6.4'],
        link: `/vereinbarungen/${id(901)}`,
      },
    ],
    missing: [
      {
        area: 6,
        code: '6.3',
        message: 'Keine aktive Kooperation mit einer Familienbildungsstätte',
        step: 'Familienbildung im Partnerverzeichnis suchen',
        link: '/partner?kind=family_education',
      },
    ],
    summary: { areasMet: 7, areas: 8, criteriaMet: 23, criteria: 24 },
    permissions: { manageCycle: true, addEvidence: true, downloadBundle: true },
  });
}

export function sampleReport(): SealReport {
  return {
    selfCheck: sampleSelfCheck(),
    generatedAt: '2026-12-07T10:00:00Z',
    checklist: [
      {
        agreementId: id(900),
        reference: 'KV-2024-0007',
        title: 'Kooperation Erziehungsberatung',
        parties: ['Familienzentrum Sonnenblume', 'Beratungsstelle am Markt'],
        signedVersion: 2,
        signedOn: '2024-01-15',
        startDate: '2024-01-01',
        endDate: '2027-01-31',
        validAtDue: false,
        criteria: ['6.1'],
      },
    ],
  };
}
