import { Button, Group, Modal, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/fields';
import { ProblemAlert } from '../../components/problem-alert';
import { currentLanguage } from '../../i18n';
import type { Gap } from './gaps-queries';
import { useCreateTask } from './gaps-queries';

/** What the gap lacks and where, in words: the task's title and the list's item heading. */
export function useGapWords() {
  const { t } = useTranslation();
  return (gap: Gap) => ({
    what:
      gap.type === 'no_cooperation'
        ? t('planningGaps.gaps.noCooperation', { kind: gap.partnerKind ? kindLabel(gap.partnerKind) : '' })
        : t('planningGaps.gaps.noOffering', {
            group: gap.targetGroup ? t(`directory.targetGroup.${gap.targetGroup}`) : '',
          }),
    where: gap.centre ? gap.centre.name : t('planningGaps.gaps.district', { name: gap.district?.name ?? '' }),
  });
}

/** A partner kind's label (the taxonomy carries both languages). */
export function kindLabel(kind: { labelDe: string; labelEn: string }) {
  return currentLanguage() === 'en' ? kind.labelEn : kind.labelDe;
}

/** What a task is made from: a gap or an overlap (its key becomes the task's source). */
export interface TaskSubject {
  key: string;
  title: string;
  districtId: string | null;
  organizationId: string | null;
}

/** A gap as a task's subject. */
export function useGapSubject() {
  const words = useGapWords();
  return (gap: Gap): TaskSubject => ({
    key: gap.key,
    title: `${words(gap).what} – ${words(gap).where}`,
    districtId: gap.district?.id ?? null,
    organizationId: gap.centre?.id ?? null,
  });
}

interface TaskModalProps {
  municipalityId: string;
  subject: TaskSubject | null;
  onClose: () => void;
  onCreated: (title: string) => void;
}

/** "Aufgabe anlegen": a planning task with the key of the gap or overlap as its source, its district and centre. */
export function GapTaskModal({ municipalityId, subject, onClose, onCreated }: TaskModalProps) {
  const { t } = useTranslation();
  const create = useCreateTask();
  return (
    <Modal
      opened={subject !== null}
      onClose={() => {
        create.reset();
        onClose();
      }}
      title={t('planningGaps.task.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {subject && (
        <TaskForm
          key={subject.key}
          initialTitle={subject.title}
          pending={create.isPending}
          error={create.error}
          onSubmit={(fields) =>
            create.mutate(
              {
                municipalityId,
                ...fields,
                source: subject.key,
                districtId: subject.districtId,
                organizationId: subject.organizationId,
              },
              { onSuccess: (task) => onCreated(task.title) },
            )
          }
          onCancel={onClose}
        />
      )}
    </Modal>
  );
}

interface TaskFormProps {
  initialTitle: string;
  pending: boolean;
  error: unknown;
  onSubmit: (fields: { title: string; description: string; dueOn: string | null }) => void;
  onCancel: () => void;
}

function TaskForm({ initialTitle, pending, error, onSubmit, onCancel }: TaskFormProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initialTitle);
  const [description, setDescription] = useState('');
  const [dueOn, setDueOn] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ title, description, dueOn: dueOn || null });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {error ? <ProblemAlert error={error} shownPaths={[]} /> : null}
        <TextField
          label={t('planningGaps.task.name')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          required
          maxLength={200}
        />
        <TextField
          label={t('planningGaps.task.description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          maxLength={4000}
        />
        <TextField
          label={t('planningGaps.task.dueOn')}
          type="date"
          value={dueOn}
          onChange={(e) => setDueOn(e.currentTarget.value)}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {t('planningGaps.task.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
