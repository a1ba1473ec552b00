import type { paths } from '../../api/schema';
import type { ItemOf, JsonOf } from '../../api/types';

/** Types derived from the API paths (the server's zod shapes are the contract). */

type AgreementPath = paths['/api/v1/agreements/{id}'];

export type Agreement = JsonOf<AgreementPath['get']['responses'][200]>;
export type AgreementSummary = ItemOf<JsonOf<paths['/api/v1/agreements']['get']['responses'][200]>>;
export type AgreementListQuery = NonNullable<paths['/api/v1/agreements']['get']['parameters']['query']>;
export type AgreementCreate = JsonOf<paths['/api/v1/agreements']['post']['requestBody']>;
export type AgreementPatch = JsonOf<AgreementPath['patch']['requestBody']>;
export type AgreementStatus = Agreement['status'];
export type AgreementType = Agreement['type'];
export type Party = Agreement['parties'][number];
export type Term = Agreement['term'];
export type VersionContent = NonNullable<Agreement['content']>;
export type Sections = VersionContent['sections'];
export type SectionKey = keyof Sections;
export type ServiceRow = VersionContent['services'][number];
export type ServiceFrequency = NonNullable<ServiceRow['frequency']>;
export type ChildProtectionCheck = VersionContent['childProtectionChecks'][number];
export type TemplateList = JsonOf<paths['/api/v1/agreement-templates']['get']['responses'][200]>;
export type Template = ItemOf<TemplateList>;
export type TemplateCreate = JsonOf<paths['/api/v1/agreement-templates']['post']['requestBody']>;
export type TemplatePatch = JsonOf<paths['/api/v1/agreement-templates/{id}']['patch']['requestBody']>;
export type AttentionItem = ItemOf<JsonOf<paths['/api/v1/agreements/attention']['get']['responses'][200]>>;
export type AttentionReason = AttentionItem['reasons'][number];
export type Comment = ItemOf<JsonOf<paths['/api/v1/agreements/{id}/comments']['get']['responses'][200]>>;
export type CommentSection = Comment['section'];
export type Signature = ItemOf<JsonOf<paths['/api/v1/agreements/{id}/signatures']['get']['responses'][200]>>;
export type SignatureCreate = JsonOf<paths['/api/v1/agreements/{id}/signatures']['post']['requestBody']>;
export type VersionListItem = ItemOf<
  JsonOf<paths['/api/v1/agreements/{id}/versions']['get']['responses'][200]>
>;
export type VersionDiff = JsonOf<
  paths['/api/v1/agreements/{id}/versions/{number}/diff']['get']['responses'][200]
>;
export type FrameworkCreate = JsonOf<paths['/api/v1/agreements/framework']['post']['requestBody']>;
export type FrameworkResult = JsonOf<paths['/api/v1/agreements/framework']['post']['responses'][201]>;

/** Lifecycle order (as the server's `agreementStatuses`). */
export const agreementStatuses = [
  'draft',
  'in_review',
  'ready_for_signature',
  'signed',
  'active',
  'review_due',
  'amended',
  'ended',
] as const satisfies readonly AgreementStatus[];

export const agreementTypes = [
  'consultation_hour',
  'joint_course',
  'room_use',
  'basic_cooperation',
  'other',
] as const satisfies readonly AgreementType[];

/** The print order of the sections (as the server's `sectionKeys`). */
export const sectionKeys = [
  'purpose',
  'goals',
  'services',
  'contacts',
  'rooms',
  'costs',
  'publicRelations',
  'dataProtection',
  'childProtection',
  'evaluation',
  'term',
  'other',
] as const satisfies readonly SectionKey[];

export const serviceFrequencies = [
  'once',
  'weekly',
  'biweekly',
  'monthly',
  'quarterly',
  'yearly',
  'on_demand',
] as const satisfies readonly ServiceFrequency[];
