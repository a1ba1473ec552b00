import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CardList } from '../../components/card-list';
import { SelectField } from '../../components/fields';
import { AnchorLink } from '../../components/link';
import { StatusMessage } from '../../components/problem-alert';
import { targetGroupKeys } from '../directory/types';
import { ActionLink } from './gaps-links';
import type { Gap } from './gaps-queries';
import { GapTaskModal, type TaskSubject, useGapSubject, useGapWords } from './gaps-task-modal';

const PAGE = 30;

interface GapListProps {
  municipalityId: string;
  gaps: Gap[];
  /** Gap keys that already have a planning task. */
  taskSources: Set<string>;
}

/** The gap list: filters by kind and target group, each gap with its suggested action and "Aufgabe anlegen". */
export function GapList({ municipalityId, gaps, taskSources }: GapListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [type, setType] = useState('');
  const [targetGroup, setTargetGroup] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const [forTask, setForTask] = useState<TaskSubject | null>(null);
  const subjectOf = useGapSubject();
  const [created, setCreated] = useState<string | null>(null);
  const shown = gaps.filter(
    (g) => (!type || g.type === type) && (!targetGroup || g.targetGroup === targetGroup),
  );
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          {t('planningGaps.gaps.heading', { count: gaps.length })}
        </Title>
        <Group gap="md" align="flex-end">
          <SelectField
            label={t('planningGaps.gaps.filter')}
            value={type}
            onChange={(e) => setType(e.currentTarget.value)}
            options={[
              { value: '', label: t('planningGaps.gaps.all') },
              { value: 'no_cooperation', label: t('planningGaps.gaps.no_cooperation') },
              { value: 'no_offering', label: t('planningGaps.gaps.no_offering') },
            ]}
          />
          <SelectField
            label={t('planningGaps.gaps.targetGroup')}
            value={targetGroup}
            onChange={(e) => setTargetGroup(e.currentTarget.value)}
            options={[
              { value: '', label: t('planningGaps.gaps.allTargetGroups') },
              ...targetGroupKeys.map((key) => ({ value: key, label: t(`directory.targetGroup.${key}`) })),
            ]}
          />
        </Group>
        <StatusMessage>
          {created && (
            <>
              {t('planningGaps.task.saved', { title: created })}{' '}
              <AnchorLink to="/planung/aufgaben" search={{ municipality: municipalityId }}>
                {t('planningGaps.task.toTasks')}
              </AnchorLink>
            </>
          )}
        </StatusMessage>
        <Text size="sm" aria-live="polite">
          {shown.length === 0
            ? t('planningGaps.gaps.none')
            : t('planningGaps.gaps.shown', { shown: Math.min(limit, shown.length), total: shown.length })}
        </Text>
        <CardList labelledBy={headingId}>
          {shown.slice(0, limit).map((gap) => (
            <GapItem
              key={gap.key}
              gap={gap}
              hasTask={taskSources.has(gap.key)}
              onCreateTask={() => setForTask(subjectOf(gap))}
            />
          ))}
        </CardList>
        {shown.length > limit && (
          <Button
            variant="default"
            onClick={() => setLimit(limit + PAGE)}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('planningGaps.gaps.showMore', { count: Math.min(PAGE, shown.length - limit) })}
          </Button>
        )}
      </Stack>
      <GapTaskModal
        municipalityId={municipalityId}
        subject={forTask}
        onClose={() => setForTask(null)}
        onCreated={(title) => {
          setForTask(null);
          setCreated(title);
        }}
      />
    </Paper>
  );
}

function GapItem({ gap, hasTask, onCreateTask }: { gap: Gap; hasTask: boolean; onCreateTask: () => void }) {
  const { t } = useTranslation();
  const words = useGapWords()(gap);
  const districtName = gap.district?.name ?? t('planningGaps.gaps.noDistrict');
  return (
    <Paper component="li" withBorder p="sm" radius="sm">
      <Group justify="space-between" align="center" gap="sm">
        <Stack gap={4} style={{ minWidth: 0, flex: '1 1 16rem' }}>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {words.what}
          </Text>
          <Text size="sm">
            {gap.centre
              ? `${gap.centre.name} · ${districtName}`
              : t('planningGaps.gaps.district', { name: districtName })}
          </Text>
          <Text size="sm">
            <ActionLink href={gap.action.href}>{t(`planningGaps.gaps.action.${gap.action.type}`)}</ActionLink>
          </Text>
        </Stack>
        {hasTask ? (
          <Badge variant="outline" color="teal.9" tt="none">
            {t('planningGaps.gaps.taskExists')}
          </Badge>
        ) : (
          <Button
            variant="outline"
            onClick={onCreateTask}
            aria-label={t('planningGaps.gaps.createTaskFor', words)}
          >
            {t('planningGaps.gaps.createTask')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
