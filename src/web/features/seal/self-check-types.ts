import type { paths } from '../../api/schema';
import type { JsonOf } from '../../api/types';

// The seal's answers as the web app reads them, derived from the generated OpenAPI types (npm run api:types),
// so a change of the server's schemas (seal/schemas.ts, the one shared self-check model) shows here at once.
export type SelfCheck = JsonOf<paths['/api/v1/seal/centres/{id}/self-check']['get']['responses'][200]>;
export type AreaCheck = SelfCheck['areas'][number];
export type CriterionCheck = AreaCheck['criteria'][number];
export type EvidenceItem = CriterionCheck['evidence'][number];
export type Warning = SelfCheck['warnings'][number];
export type Missing = SelfCheck['missing'][number];
/** GET /seal/centres: the subjects the person reads. */
export type SealSubject = JsonOf<paths['/api/v1/seal/centres']['get']['responses'][200]>['items'][number];
/** GET /seal/centres/{id}/evidence: the manual evidence items. */
export type ManualEvidence = JsonOf<
  paths['/api/v1/seal/centres/{id}/evidence']['get']['responses'][200]
>['items'][number];
/** GET /seal/badges: the criteria a record counts for. */
export type Badges = JsonOf<paths['/api/v1/seal/badges']['get']['responses'][200]>;
