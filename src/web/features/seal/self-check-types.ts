// The seal's answers as the web app reads them: a mirror of src/server/modules/seal/schemas.ts (the one shared
// self-check model) and of the evidence, badge and overview answers. Written by hand because those routes land
// with other branches of issue 19; once they are in the generated schema (npm run api:types), these can become
// types derived from `paths` like the other features' types.ts.
export interface EvidenceItem {
  kind: 'offering' | 'agreement' | 'cooperation' | 'room' | 'document' | 'note';
  id: string;
  title: string;
  facility: { id: string; name: string };
  from: string | null;
  until: string | null;
  expiresBeforeDue: boolean;
  link: string;
  hasFile: boolean;
}
export interface CriterionCheck {
  code: string;
  area: number;
  kind: 'basic' | 'advanced';
  titleDe: string;
  titleEn: string;
  hintDe: string;
  hintEn: string;
  partnerKinds: string[];
  met: boolean;
  evidence: EvidenceItem[];
}
export interface AreaCheck {
  number: number;
  kind: 'performance' | 'structure';
  nameDe: string;
  nameEn: string;
  minBasic: number;
  minAdvanced: number;
  minimumsEstimated: boolean;
  basicMet: number;
  advancedMet: number;
  met: boolean;
  criteria: CriterionCheck[];
}
export interface SelfCheck {
  subject: {
    id: string;
    name: string;
    type: 'family_centre' | 'network';
    facilities: { id: string; name: string }[];
  };
  cycle: {
    id: string;
    organizationId: string;
    edition: { id: string; key: string; title: string };
    certifiedOn: string;
    validUntil: string;
    reviewYear: number;
    note: string;
    version: number;
  } | null;
  edition: { id: string; key: string; title: string };
  reviewPeriod: { year: number; from: string; to: string };
  at: string;
  areas: AreaCheck[];
  warnings: {
    kind: 'agreementEnded' | 'offeringOutsidePeriod' | 'expiresBeforeDue' | 'dueSoon' | 'overdue';
    message: string;
    criteria: string[];
    link: string | null;
  }[];
  missing: { area: number; code: string | null; message: string; step: string; link: string }[];
  summary: { areasMet: number; areas: number; criteriaMet: number; criteria: number };
  permissions: { manageCycle: boolean; addEvidence: boolean; downloadBundle: boolean };
}
export type Warning = SelfCheck['warnings'][number];
export type Missing = SelfCheck['missing'][number];
/** GET /seal/centres: the subjects the person reads. */
export interface SealSubject {
  id: string;
  name: string;
  type: 'family_centre' | 'network';
  network: { id: string; name: string } | null;
}
/** GET /seal/centres/{id}/evidence: the manual evidence items (seal/evidence-schemas.ts). */
export interface ManualEvidence {
  id: string;
  kind: 'document' | 'note';
  facility: { id: string; name: string };
  title: string;
  note: string;
  criteria: string[];
  effectiveOn: string;
  expiresOn: string | null;
  current: boolean;
  fileName: string | null;
  fileSize: number | null;
  version: number;
  permissions: { change: boolean };
}

/** GET /seal/badges: the criteria a record counts for. */
export interface Badges {
  items: { code: string; titleDe: string; titleEn: string; counts: boolean }[];
}
