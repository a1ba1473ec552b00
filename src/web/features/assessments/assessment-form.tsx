import { Button, Group, Paper, Stack, Textarea, Title } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { CapacityDialog, type CapacityWarning, checkCapacity } from '../../components/capacity-check';
import { fieldErrorsOf, ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { DecisionFields } from './decision-section';
import { bodyOf, type FormValues, formPaths, invalidHours, totalOf, valuesOf } from './form-model';
import { HoursFields } from './hours-section';
import { useUpdateAssessment } from './queries';
import { ScaleField } from './scale-field';
import { type Assessment, builtInScales, type Question } from './types';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={id}>
      <Stack gap="md">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function OwnQuestion({
  question,
  value,
  onChange,
  error,
}: {
  question: Question;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  if (question.kind === 'scale')
    return (
      <ScaleField
        label={question.label}
        description={question.hint}
        value={value}
        onChange={onChange}
        error={error}
      />
    );
  return (
    <Textarea
      label={question.label}
      description={question.hint ?? undefined}
      autosize
      minRows={2}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}

/** A "go" is checked against the capacity when it is new or its hours or date changed. */
function needsCapacityCheck(assessment: Assessment, values: FormValues): boolean {
  if (values.decision !== 'go' || values.decidedOn === '') return false;
  const current = assessment.current;
  return (
    current.decision !== 'go' ||
    current.decidedOn !== values.decidedOn ||
    current.hoursPerMonth !== totalOf(values.hours)
  );
}

/** The assessment form: scales with reasons, hours, risks, own questions, the decision and sharing. */
export function AssessmentForm({
  assessment,
  onReload,
}: {
  assessment: Assessment;
  /** Fetches the stored state again (after a 409: someone else saved meanwhile). */
  onReload: () => Promise<Assessment | undefined>;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<FormValues>(() => valuesOf(assessment));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [warnings, setWarnings] = useState<CapacityWarning[] | null>(null);
  const [savedNumber, setSavedNumber] = useState<number | null>(null);
  const update = useUpdateAssessment(assessment.id);
  const questions = assessment.questions.own.filter((q) => q.archivedAt === null);
  const paths = formPaths(assessment.questions.own);
  const errors = { ...fieldErrorsOf(update.error, paths), ...localErrors };
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const save = () => {
    setWarnings(null);
    update.mutate(
      { version: assessment.version, ...bodyOf(values, assessment.questions.own) },
      {
        onSuccess: (saved) => {
          setValues(valuesOf(saved));
          setSavedNumber(saved.current.number);
        },
      },
    );
  };

  const reload = async () => {
    const fresh = await onReload();
    if (!fresh) return;
    update.reset();
    setLocalErrors({});
    setValues(valuesOf(fresh));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSavedNumber(null);
    const invalid = invalidHours(values.hours);
    setLocalErrors(Object.fromEntries(invalid.map((f) => [`hours.${f}`, t('assessments.hours.invalid')])));
    if (invalid.length > 0) return;
    if (needsCapacityCheck(assessment, values)) {
      // A warning, not a refusal: the person confirms. Without an answer of the check, saving goes on.
      const found = await checkCapacity({
        kind: 'assessment',
        cooperationId: assessment.cooperationId,
        organizationId: assessment.organization.id,
        hoursPerMonth: totalOf(values.hours),
        from: values.decidedOn,
      });
      if (found.length > 0) return setWarnings(found);
    }
    save();
  };

  const stale = update.error instanceof ApiError && update.error.status === 409;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="lg">
        <Section id="fit-heading" title={t('assessments.sections.fit')}>
          {builtInScales.map((key) => (
            <Stack key={key} gap="xs">
              <ScaleField
                label={t(`assessments.builtIn.${key}`)}
                value={values[key]}
                onChange={(v) => set(key, v)}
                error={errors[key]}
              />
              <Textarea
                label={t(`assessments.builtIn.${key}Text`)}
                autosize
                minRows={2}
                value={values[`${key}Text`]}
                onChange={(event) => set(`${key}Text`, event.currentTarget.value)}
                error={errors[`${key}Text`]}
              />
            </Stack>
          ))}
        </Section>
        <Section id="hours-heading" title={t('assessments.sections.hours')}>
          <HoursFields
            hours={values.hours}
            onChange={(field, value) => set('hours', { ...values.hours, [field]: value })}
            errors={errors}
            disabled={false}
          />
        </Section>
        <Section id="risks-heading" title={t('assessments.sections.risks')}>
          <Textarea
            label={t('assessments.risks.label')}
            autosize
            minRows={3}
            value={values.risks}
            onChange={(event) => set('risks', event.currentTarget.value)}
            error={errors.risks}
          />
        </Section>
        {questions.length > 0 && (
          <Section id="own-heading" title={t('assessments.sections.own')}>
            {questions.map((q) => (
              <OwnQuestion
                key={q.id}
                question={q}
                value={values.answers[q.id] ?? ''}
                onChange={(v) => set('answers', { ...values.answers, [q.id]: v })}
                error={errors[`answers.${q.id}`]}
              />
            ))}
          </Section>
        )}
        <Section id="decision-heading" title={t('assessments.sections.decision')}>
          <DecisionFields assessment={assessment} values={values} set={set} errors={errors} />
        </Section>
        <ProblemAlert error={update.error} shownPaths={paths}>
          {stale && (
            <div>
              <Button variant="default" size="xs" onClick={() => void reload()}>
                {t('assessments.reload')}
              </Button>
            </div>
          )}
        </ProblemAlert>
        {savedNumber !== null && (
          <StatusMessage>{t('assessments.saved', { number: savedNumber })}</StatusMessage>
        )}
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('assessments.save')}
          </Button>
        </Group>
      </Stack>
      <CapacityDialog
        warnings={warnings}
        confirmLabel={t('assessments.capacity.confirm')}
        isPending={update.isPending}
        onCancel={() => setWarnings(null)}
        onConfirm={save}
      />
    </form>
  );
}
