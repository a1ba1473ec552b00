import type { Assessment, AssessmentUpdate, Decision, HourField, Question } from './types';
import { builtInScales, hourFields } from './types';

/** The form's state: what the inputs hold (text), turned into the request body on saving. */
export interface FormValues {
  mandateFit: string;
  mandateFitText: string;
  familyBenefit: string;
  familyBenefitText: string;
  mandateBenefit: string;
  mandateBenefitText: string;
  hours: Record<HourField, string>;
  risks: string;
  answers: Record<string, string>;
  decision: Decision | '';
  decidedOn: string;
  reviewOn: string;
  isShared: boolean;
}

const decimal = (value: number) => String(value);

export function valuesOf(assessment: Assessment): FormValues {
  const r = assessment.current;
  return {
    mandateFit: r.mandateFit === null ? '' : String(r.mandateFit),
    mandateFitText: r.mandateFitText ?? '',
    familyBenefit: r.familyBenefit === null ? '' : String(r.familyBenefit),
    familyBenefitText: r.familyBenefitText ?? '',
    mandateBenefit: r.mandateBenefit === null ? '' : String(r.mandateBenefit),
    mandateBenefitText: r.mandateBenefitText ?? '',
    hours: {
      preparation: decimal(r.hours.preparation),
      delivery: decimal(r.hours.delivery),
      coordination: decimal(r.hours.coordination),
      travel: decimal(r.hours.travel),
    },
    risks: r.risks ?? '',
    answers: Object.fromEntries(Object.entries(r.answers).map(([id, v]) => [id, String(v)])),
    decision: r.decision ?? '',
    decidedOn: r.decidedOn ?? '',
    reviewOn: r.reviewOn ?? '',
    isShared: assessment.isShared,
  };
}

/** "1,5" or "1.5" → 1.5; empty → 0; null when it is no number. */
export function parseHours(value: string): number | null {
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '') return 0;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : null;
}

/** The four hour fields together (in tenths, so 0.1 + 0.2 shows 0.3). */
export function totalOf(hours: FormValues['hours']): number {
  return hourFields.reduce((sum, field) => sum + Math.round((parseHours(hours[field]) ?? 0) * 10), 0) / 10;
}

/** The hour fields that hold no number (the form names them before sending). */
export function invalidHours(hours: FormValues['hours']): HourField[] {
  return hourFields.filter((field) => parseHours(hours[field]) === null);
}

const orNull = (value: string) => (value.trim() === '' ? null : value);
const scaleOf = (value: string) => (value === '' ? null : Number(value));

/** The request body (without version): every field, so a save is the form as shown. */
export function bodyOf(values: FormValues, questions: Question[]): Omit<AssessmentUpdate, 'version'> {
  const asked = questions.filter((q) => q.archivedAt === null);
  const answers: Record<string, number | string> = {};
  for (const question of asked) {
    const value = values.answers[question.id]?.trim() ?? '';
    if (value !== '') answers[question.id] = question.kind === 'scale' ? Number(value) : value;
  }
  const scales = Object.fromEntries(builtInScales.map((key) => [key, scaleOf(values[key])]));
  return {
    ...scales,
    mandateFitText: orNull(values.mandateFitText),
    familyBenefitText: orNull(values.familyBenefitText),
    mandateBenefitText: orNull(values.mandateBenefitText),
    hours: Object.fromEntries(hourFields.map((f) => [f, parseHours(values.hours[f]) ?? 0])),
    risks: orNull(values.risks),
    answers,
    decision: values.decision === '' ? null : values.decision,
    decidedOn: orNull(values.decidedOn),
    reviewOn: orNull(values.reviewOn),
    isShared: values.isShared,
  };
}

/** The paths the server may name, so that each error shows beside its field. */
export function formPaths(questions: Question[]): string[] {
  return [
    ...builtInScales.flatMap((key) => [key, `${key}Text`]),
    'hours',
    ...hourFields.map((f) => `hours.${f}`),
    'risks',
    ...questions.map((q) => `answers.${q.id}`),
    'decision',
    'decidedOn',
    'reviewOn',
    'isShared',
  ];
}
