import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CardList } from '../../components/card-list';
import { StatusMessage } from '../../components/problem-alert';
import { currentLanguage } from '../../i18n';
import { formatSession } from '../offerings/format';
import { ActionLink } from './gaps-links';
import type { Overlap, OverlapList } from './gaps-queries';
import { GapTaskModal, type TaskSubject } from './gaps-task-modal';

/** The overlap list: each pair of similar offerings with when and where they meet, and what to do about it. */
interface OverlapSectionProps {
  municipalityId: string;
  overlaps: OverlapList;
  /** Keys that already have a planning task. */
  taskSources: Set<string>;
}

export function OverlapSection({ municipalityId, overlaps, taskSources }: OverlapSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [forTask, setForTask] = useState<TaskSubject | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          {t('planningGaps.overlaps.heading', { count: overlaps.total })}
        </Title>
        <Text size="sm" maw={720}>
          {t('planningGaps.overlaps.intro', { km: overlaps.radiusKm })}
        </Text>
        {overlaps.total > overlaps.items.length && (
          <Text size="sm">
            {t('planningGaps.overlaps.listed', { shown: overlaps.items.length, total: overlaps.total })}
          </Text>
        )}
        {overlaps.items.length === 0 ? (
          <Text>{t('planningGaps.overlaps.none')}</Text>
        ) : (
          <CardList labelledBy={headingId}>
            {overlaps.items.map((overlap) => (
              <OverlapItem
                key={overlap.key}
                overlap={overlap}
                hasTask={taskSources.has(overlap.key)}
                onCreateTask={setForTask}
              />
            ))}
          </CardList>
        )}
        <StatusMessage>{created && t('planningGaps.task.saved', { title: created })}</StatusMessage>
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

function km(value: number) {
  return value.toLocaleString(currentLanguage() === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 1 });
}

interface OverlapItemProps {
  overlap: Overlap;
  hasTask: boolean;
  onCreateTask: (subject: TaskSubject) => void;
}

function OverlapItem({ overlap, hasTask, onCreateTask }: OverlapItemProps) {
  const { t } = useTranslation();
  const [a, b] = overlap.offerings;
  if (!a || !b) return null;
  const title = t('planningGaps.overlaps.taskTitle', { a: a.title, b: b.title });
  const where = [
    overlap.sameDistrict ? t('planningGaps.overlaps.sameDistrict') : null,
    overlap.distanceKm !== null
      ? t('planningGaps.overlaps.where', {
          distance: t('planningGaps.overlaps.distance', { km: km(overlap.distanceKm) }),
        })
      : null,
  ].filter(Boolean);
  return (
    <Paper component="li" withBorder p="sm" radius="sm">
      <Stack gap={6}>
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {a.title} ↔ {b.title}
        </Text>
        {[a, b].map((o) => (
          <Text key={o.id} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {o.title}:{' '}
            {t('planningGaps.overlaps.by', {
              organization: o.organization.name,
              district: o.district?.name ?? t('planningGaps.gaps.noDistrict'),
            })}
          </Text>
        ))}
        <Text size="sm">
          {t(`offerings.format.${overlap.format as 'open_cafe'}`)} ·{' '}
          {t('planningGaps.overlaps.targetGroups', {
            groups: overlap.targetGroups.map((g) => t(`directory.targetGroup.${g as 'age_0_3'}`)).join(', '),
          })}
        </Text>
        <Text size="sm">
          {t('planningGaps.overlaps.when', {
            session: formatSession(overlap.first.startsAt, overlap.first.endsAt),
            count: overlap.sessions,
          })}
          {where.length > 0 && ` · ${where.join(', ')}`}
        </Text>
        <Text size="sm" fs="italic">
          {t('planningGaps.overlaps.suggestion')}
        </Text>
        <Group gap="md">
          {overlap.actions.map((action) => {
            const org = [a, b].find((o) => action.href === `/partner/${o.organization.id}`)?.organization;
            return (
              <Text size="sm" key={action.href}>
                <ActionLink href={action.href}>
                  {action.type === 'contact_organization'
                    ? t('planningGaps.overlaps.contact', { name: org?.name ?? '' })
                    : t('planningGaps.overlaps.writeToDistrict')}
                </ActionLink>
              </Text>
            );
          })}
        </Group>
        <div>
          {hasTask ? (
            <Badge variant="outline" color="teal.9" tt="none">
              {t('planningGaps.gaps.taskExists')}
            </Badge>
          ) : (
            <Button
              variant="outline"
              aria-label={`${t('planningGaps.gaps.createTask')}: ${title}`}
              onClick={() =>
                onCreateTask({
                  key: overlap.key,
                  title,
                  districtId: (a.district ?? b.district)?.id ?? null,
                  organizationId: null,
                })
              }
            >
              {t('planningGaps.gaps.createTask')}
            </Button>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
