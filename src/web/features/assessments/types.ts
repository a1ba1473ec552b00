import type { paths } from '../../api/schema';
import type { JsonOf } from '../../api/types';

/** Types of the assessments API, derived from the generated schema. */

export type Assessment = JsonOf<paths['/api/v1/assessments/{id}']['get']['responses'][200]>;
export type AssessmentList = JsonOf<paths['/api/v1/assessments']['get']['responses'][200]>;
export type AssessmentSide = AssessmentList['sides'][number];
export type AssessmentCreate = JsonOf<paths['/api/v1/assessments']['post']['requestBody']>;
export type AssessmentUpdate = JsonOf<paths['/api/v1/assessments/{id}']['put']['requestBody']>;
export type Revision = Assessment['current'];
export type Decision = NonNullable<Revision['decision']>;
export type Question = Assessment['questions']['own'][number];
export type Questions = JsonOf<
  paths['/api/v1/organizations/{id}/assessment-questions']['get']['responses'][200]
>;
export type QuestionsUpdate = JsonOf<
  paths['/api/v1/organizations/{id}/assessment-questions']['put']['requestBody']
>;

export const decisions = ['go', 'not_now', 'no'] as const satisfies readonly Decision[];
export const hourFields = ['preparation', 'delivery', 'coordination', 'travel'] as const;
export type HourField = (typeof hourFields)[number];
export const builtInScales = ['mandateFit', 'familyBenefit', 'mandateBenefit'] as const;
export type BuiltInScale = (typeof builtInScales)[number];
