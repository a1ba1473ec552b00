import { Badge, Button, Group, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/link';
import { fieldErrorsOf, ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { formatDate } from '../../i18n';
import { CoordinationSection } from './coordination-section';
import type { PlannableMunicipality } from './frame-queries';
import { type Task, type TaskList, useCreateTask, useTasks, useUpdateTask } from './tasks-queries';

const statuses = ['open', 'in_progress', 'done', 'dropped'] as const;
const fields = ['title', 'description', 'districtId', 'ownerId', 'dueOn'] as const;

interface Values {
  title: string;
  description: string;
  districtId: string | null;
  ownerId: string | null;
  dueOn: string;
}

const empty: Values = { title: '', description: '', districtId: null, ownerId: null, dueOn: '' };

/** The planner's form of a new task (tasks made from a gap come from the gap list with their key). */
function NewTask({
  municipality,
  owners,
}: {
  municipality: PlannableMunicipality;
  owners: TaskList['owners'];
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const create = useCreateTask(municipality.id);
  const [values, setValues] = useState<Values>(empty);
  const [missingTitle, setMissingTitle] = useState(false);
  const [done, setDone] = useState(false);
  const errors = fieldErrorsOf(create.error, fields);
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setDone(false);
          setMissingTitle(!values.title.trim());
          if (!values.title.trim()) return;
          create.mutate(
            {
              municipalityId: municipality.id,
              title: values.title.trim(),
              description: values.description.trim(),
              districtId: values.districtId,
              ownerId: values.ownerId,
              dueOn: values.dueOn || null,
            },
            {
              onSuccess: () => {
                setValues(empty);
                setDone(true);
              },
            },
          );
        }}
      >
        <Stack gap="sm" maw={560}>
          <Title order={3} size="h4" id={headingId}>
            {t('planningTasks.tasks.new')}
          </Title>
          <ProblemAlert error={create.error} shownPaths={Object.keys(errors)} />
          {done && <StatusMessage>{t('planningTasks.tasks.created')}</StatusMessage>}
          <TextInput
            label={t('planningTasks.tasks.titleField')}
            required
            value={values.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
            error={missingTitle ? t('planningTasks.required') : errors.title}
          />
          <Textarea
            label={t('planningTasks.tasks.description')}
            autosize
            minRows={2}
            value={values.description}
            onChange={(e) => set({ description: e.currentTarget.value })}
            error={errors.description}
          />
          <Group grow align="flex-start" wrap="wrap">
            <Select
              label={t('planningTasks.tasks.district')}
              data={municipality.districts.map((d) => ({ value: d.id, label: d.name }))}
              value={values.districtId}
              onChange={(districtId) => set({ districtId })}
              clearable
              error={errors.districtId}
              miw={200}
            />
            <Select
              label={t('planningTasks.tasks.owner')}
              description={t('planningTasks.tasks.ownerHint')}
              data={owners.map((o) => ({ value: o.id, label: o.name }))}
              value={values.ownerId}
              onChange={(ownerId) => set({ ownerId })}
              clearable
              searchable
              error={errors.ownerId}
              miw={200}
            />
          </Group>
          <TextInput
            type="date"
            label={t('planningTasks.tasks.dueOn')}
            value={values.dueOn}
            onChange={(e) => set({ dueOn: e.currentTarget.value })}
            error={errors.dueOn}
            maw={220}
          />
          <div>
            <Button type="submit" loading={create.isPending}>
              {t('planningTasks.tasks.create')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}

const gapKinds = ['counselling', 'family_education'] as const;

/** Where a task came from: a gap of the gap list, in words, with a link back to that list. */
function TaskSource({ source, municipalityId }: { source: string; municipalityId: string }) {
  const { t } = useTranslation();
  const [what, kind] = source.split(':');
  const known = gapKinds.find((k) => k === kind);
  return (
    <Text size="sm">
      <AnchorLink to="/planung/luecken" search={{ municipality: municipalityId }}>
        {what === 'no-cooperation' && known
          ? t(`planningTasks.tasks.gap.${known}`)
          : t('planningTasks.tasks.gap.other')}
      </AnchorLink>
    </Text>
  );
}

/** One task: what, where, who, when, and its status (changed in place with the version read). */
function TaskItem({ task, municipalityId }: { task: Task; municipalityId: string }) {
  const { t } = useTranslation();
  const update = useUpdateTask(municipalityId);
  const [saved, setSaved] = useState(false);
  const concerns = [task.district?.name, task.organization?.name].filter(Boolean).join(' · ');
  return (
    <li>
      <Paper withBorder p="sm">
        <Stack gap={4}>
          <Group gap="xs" wrap="wrap">
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {task.title}
            </Text>
            {task.overdue && (
              <Badge color="red" variant="light" tt="none">
                {t('planningTasks.tasks.overdue')}
              </Badge>
            )}
          </Group>
          {task.description && <Text size="sm">{task.description}</Text>}
          {concerns && (
            <Text size="sm">
              {t('planningTasks.tasks.concerns')}: {concerns}
            </Text>
          )}
          <Text size="sm">
            {t('planningTasks.tasks.owner')}: {task.owner?.name ?? t('planningTasks.none')} ·{' '}
            {t('planningTasks.tasks.dueOn')}: {task.dueOn ? formatDate(task.dueOn) : t('planningTasks.none')}
          </Text>
          {task.source && <TaskSource source={task.source} municipalityId={municipalityId} />}
          <ProblemAlert error={update.error} />
          {saved && <StatusMessage>{t('planningTasks.tasks.saved')}</StatusMessage>}
          <Select
            label={t('planningTasks.tasks.status')}
            aria-label={t('planningTasks.tasks.statusOf', { title: task.title })}
            data={statuses.map((s) => ({ value: s, label: t(`planningTasks.tasks.statuses.${s}`) }))}
            value={task.status}
            allowDeselect={false}
            disabled={!task.permissions.update}
            onChange={(status) => {
              const next = statuses.find((s) => s === status);
              if (!next || next === task.status) return;
              setSaved(false);
              update.mutate(
                { id: task.id, body: { version: task.version, status: next } },
                { onSuccess: () => setSaved(true) },
              );
            }}
            maw={260}
            size="xs"
          />
        </Stack>
      </Paper>
    </li>
  );
}

/** The municipality's tasks, open ones first by due date, and the form of a new one. */
export function TasksSection({ municipality }: { municipality: PlannableMunicipality }) {
  const { t } = useTranslation();
  const tasks = useTasks(municipality.id);
  return (
    <CoordinationSection
      heading={t('planningTasks.tasks.heading')}
      empty={t('planningTasks.tasks.empty')}
      query={tasks}
      item={(task) => <TaskItem key={task.id} task={task} municipalityId={municipality.id} />}
    >
      {tasks.data && <NewTask municipality={municipality} owners={tasks.data.owners} />}
    </CoordinationSection>
  );
}
