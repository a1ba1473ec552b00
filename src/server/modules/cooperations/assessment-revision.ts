import { AppError, type FieldError } from '../../http/errors';
import type { RevisionRow } from './assessment-repo';
import type { RevisionInput } from './assessment-schemas';
import type { QuestionRow } from './questions';
import { type AssessmentDecision, MAX_HOURS_PER_MONTH } from './schema';

/** The content of a revision, as the service reasons about it (hours as numbers). */
export interface RevisionState {
  mandateFit: number | null;
  mandateFitText: string | null;
  familyBenefit: number | null;
  familyBenefitText: string | null;
  mandateBenefit: number | null;
  mandateBenefitText: string | null;
  hours: { preparation: number; delivery: number; coordination: number; travel: number };
  risks: string | null;
  answers: Record<string, number | string>;
  decision: AssessmentDecision | null;
  decidedOn: string | null;
  decidedBy: string | null;
  reviewOn: string | null;
}

export const emptyRevision: RevisionState = {
  mandateFit: null,
  mandateFitText: null,
  familyBenefit: null,
  familyBenefitText: null,
  mandateBenefit: null,
  mandateBenefitText: null,
  hours: { preparation: 0, delivery: 0, coordination: 0, travel: 0 },
  risks: null,
  answers: {},
  decision: null,
  decidedOn: null,
  decidedBy: null,
  reviewOn: null,
};

export function stateOf(row: RevisionRow): RevisionState {
  return {
    mandateFit: row.mandateFit,
    mandateFitText: row.mandateFitText,
    familyBenefit: row.familyBenefit,
    familyBenefitText: row.familyBenefitText,
    mandateBenefit: row.mandateBenefit,
    mandateBenefitText: row.mandateBenefitText,
    hours: {
      preparation: Number(row.hoursPreparation),
      delivery: Number(row.hoursDelivery),
      coordination: Number(row.hoursCoordination),
      travel: Number(row.hoursTravel),
    },
    risks: row.risks,
    answers: row.answers,
    decision: row.decision,
    decidedOn: row.decidedOn,
    decidedBy: row.decidedBy,
    reviewOn: row.reviewOn,
  };
}

/** Preparation + delivery + coordination + travel, in tenths to avoid floating-point sums like 0.30000000000000004. */
export function totalHours(hours: RevisionState['hours']): number {
  const tenths = [hours.preparation, hours.delivery, hours.coordination, hours.travel].reduce(
    (sum, h) => sum + Math.round(h * 10),
    0,
  );
  return tenths / 10;
}

const pick = <T>(sent: T | undefined, kept: T): T => (sent === undefined ? kept : sent);
const blankToNull = (value: string | null) => (value === null || value.trim() === '' ? null : value);

function answerErrors(answers: Record<string, number | string>, questions: QuestionRow[]): FieldError[] {
  const asked = new Map(questions.map((q) => [q.id, q]));
  const errors: FieldError[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const question = asked.get(id);
    const path = `answers.${id}`;
    if (!question) errors.push({ path, message: 'assessments.validation.unknownQuestion' });
    else if (
      question.kind === 'scale' &&
      !(Number.isInteger(value) && Number(value) >= 1 && Number(value) <= 5)
    )
      errors.push({ path, message: 'assessments.validation.scale' });
    else if (question.kind === 'text' && typeof value !== 'string')
      errors.push({ path, message: 'assessments.validation.textAnswer' });
  }
  return errors;
}

function withoutBlankAnswers(answers: Record<string, number | string>) {
  return Object.fromEntries(
    Object.entries(answers).filter(([, v]) => typeof v === 'number' || v.trim() !== ''),
  );
}

/**
 * The next revision: the current one with the sent fields applied (left out keeps, null clears), checked
 * against a month's hours, the organisation's questions and the decision's date. 422 naming each field.
 */
export function nextRevision(
  previous: RevisionState,
  input: RevisionInput,
  questions: QuestionRow[],
  actorId: string,
): { state: RevisionState; decisionChanged: boolean } {
  const hours = { ...previous.hours, ...input.hours };
  const answers = input.answers === undefined ? previous.answers : withoutBlankAnswers(input.answers);
  const decision = pick(input.decision, previous.decision);
  const decidedOn = pick(input.decidedOn, previous.decidedOn);
  const decisionChanged = decision !== previous.decision || decidedOn !== previous.decidedOn;
  const errors: FieldError[] = [];
  const total = totalHours(hours);
  if (total > MAX_HOURS_PER_MONTH)
    errors.push({ path: 'hours', message: 'assessments.validation.hoursTotal', params: { total } });
  if (input.answers !== undefined) errors.push(...answerErrors(answers, questions));
  if (decision !== null && decidedOn === null)
    errors.push({ path: 'decidedOn', message: 'assessments.validation.decidedOnMissing' });
  if (errors.length > 0) throw new AppError('validation', { errors });
  return {
    decisionChanged,
    state: {
      mandateFit: pick(input.mandateFit, previous.mandateFit),
      mandateFitText: blankToNull(pick(input.mandateFitText, previous.mandateFitText)),
      familyBenefit: pick(input.familyBenefit, previous.familyBenefit),
      familyBenefitText: blankToNull(pick(input.familyBenefitText, previous.familyBenefitText)),
      mandateBenefit: pick(input.mandateBenefit, previous.mandateBenefit),
      mandateBenefitText: blankToNull(pick(input.mandateBenefitText, previous.mandateBenefitText)),
      hours,
      risks: blankToNull(pick(input.risks, previous.risks)),
      answers,
      decision,
      decidedOn,
      decidedBy: decision === null ? null : decisionChanged ? actorId : previous.decidedBy,
      reviewOn: pick(input.reviewOn, previous.reviewOn),
    },
  };
}

/** The row of a revision to insert. */
export function revisionValues(assessmentId: string, number: number, state: RevisionState, actorId: string) {
  const { hours, ...rest } = state;
  return {
    ...rest,
    assessmentId,
    number,
    hoursPreparation: String(hours.preparation),
    hoursDelivery: String(hours.delivery),
    hoursCoordination: String(hours.coordination),
    hoursTravel: String(hours.travel),
    createdBy: actorId,
  };
}
