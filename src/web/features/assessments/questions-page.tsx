import { Button, Fieldset, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page';
import { fieldErrorsOf, ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { useQuestions, useUpdateQuestions } from './queries';
import type { Questions } from './types';

const route = getRouteApi('/kooperationen/fragen/$organizationId');

interface Row {
  key: string;
  id?: string;
  kind: 'scale' | 'text';
  label: string;
  hint: string;
}

let nextKey = 1;
const rowsOf = (questions: Questions): Row[] =>
  questions.items.map((q) => ({ key: q.id, id: q.id, kind: q.kind, label: q.label, hint: q.hint ?? '' }));

function QuestionRow({
  row,
  index,
  errors,
  editable,
  onChange,
  onRemove,
  onMoveUp,
}: {
  row: Row;
  index: number;
  errors: Record<string, string>;
  editable: boolean;
  onChange: (row: Row) => void;
  onRemove: () => void;
  onMoveUp: () => void;
}) {
  const { t } = useTranslation();
  const number = index + 1;
  return (
    <Fieldset legend={t('assessments.questions.number', { number })}>
      <Stack gap="sm">
        <TextInput
          label={t('assessments.questions.label')}
          value={row.label}
          onChange={(e) => onChange({ ...row, label: e.currentTarget.value })}
          error={errors[`questions.${index}.label`]}
          disabled={!editable}
          required
        />
        <TextInput
          label={t('assessments.questions.hint')}
          value={row.hint}
          onChange={(e) => onChange({ ...row, hint: e.currentTarget.value })}
          error={errors[`questions.${index}.hint`]}
          disabled={!editable}
        />
        <NativeSelect
          label={t('assessments.questions.kind')}
          value={row.kind}
          data={[
            { value: 'scale', label: t('assessments.questions.kinds.scale') },
            { value: 'text', label: t('assessments.questions.kinds.text') },
          ]}
          onChange={(e) => onChange({ ...row, kind: e.currentTarget.value as Row['kind'] })}
          error={errors[`questions.${index}.kind`]}
          // An existing question keeps its kind, so that its old answers fit.
          disabled={!editable || row.id !== undefined}
        />
        {editable && (
          <Group gap="sm">
            {index > 0 && (
              <Button variant="default" size="xs" onClick={onMoveUp}>
                {t('assessments.questions.moveUp', { number })}
              </Button>
            )}
            <Button variant="default" color="red" size="xs" onClick={onRemove}>
              {t('assessments.questions.remove', { number })}
            </Button>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}

function QuestionsForm({ questions }: { questions: Questions }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>(() => rowsOf(questions));
  const [saved, setSaved] = useState(false);
  const update = useUpdateQuestions(questions.organization.id);
  const editable = questions.permissions.update;
  const paths = rows.flatMap((_, i) => ['label', 'hint', 'kind', 'id'].map((f) => `questions.${i}.${f}`));
  const errors = fieldErrorsOf(update.error, paths);
  const change = (index: number, row: Row) => setRows((all) => all.map((r, i) => (i === index ? row : r)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    update.mutate(
      {
        version: questions.version,
        questions: rows.map((r, position) => ({
          ...(r.id && { id: r.id }),
          kind: r.kind,
          label: r.label,
          hint: r.hint.trim() === '' ? null : r.hint,
          position,
        })),
      },
      {
        onSuccess: (next) => {
          setRows(rowsOf(next));
          setSaved(true);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {!editable && <Text>{t('assessments.questions.readOnly')}</Text>}
        {rows.length === 0 && <Text>{t('assessments.questions.empty')}</Text>}
        {rows.map((row, index) => (
          <QuestionRow
            key={row.key}
            row={row}
            index={index}
            errors={errors}
            editable={editable}
            onChange={(next) => change(index, next)}
            onRemove={() => setRows((all) => all.filter((_, i) => i !== index))}
            onMoveUp={() =>
              setRows((all) => {
                const copy = [...all];
                const [moved] = copy.splice(index, 1);
                if (moved) copy.splice(index - 1, 0, moved);
                return copy;
              })
            }
          />
        ))}
        <ProblemAlert error={update.error} shownPaths={paths} />
        {saved && <StatusMessage>{t('assessments.questions.saved')}</StatusMessage>}
        {editable && (
          <Group gap="sm">
            <Button
              variant="default"
              onClick={() =>
                setRows((all) => [...all, { key: `new-${nextKey++}`, kind: 'scale', label: '', hint: '' }])
              }
            >
              {t('assessments.questions.add')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('assessments.questions.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

/** The organisation's own assessment questions: members read them, leads and admins adapt them. */
export function QuestionsPage() {
  const { t } = useTranslation();
  const { organizationId } = route.useParams();
  const query = useQuestions(organizationId);
  return (
    <Page title={t('assessments.questions.title')}>
      <QueryView query={query}>
        {(questions) => (
          <Stack gap="md">
            <Text>{t('assessments.questions.intro', { organization: questions.organization.name })}</Text>
            <QuestionsForm questions={questions} />
          </Stack>
        )}
      </QueryView>
    </Page>
  );
}
