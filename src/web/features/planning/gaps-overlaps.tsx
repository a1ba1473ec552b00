import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CardList } from '../../components/card-list';
import { currentLanguage } from '../../i18n';
import { formatSession } from '../offerings/format';
import { ActionLink } from './gaps-links';
import type { Overlap, OverlapList } from './gaps-queries';

/** The overlap list: each pair of similar offerings with when and where they meet, and what to do about it. */
export function OverlapSection({ overlaps }: { overlaps: OverlapList }) {
  const { t } = useTranslation();
  const headingId = useId();
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
              <OverlapItem key={overlap.key} overlap={overlap} />
            ))}
          </CardList>
        )}
      </Stack>
    </Paper>
  );
}

function km(value: number) {
  return value.toLocaleString(currentLanguage() === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 1 });
}

function OverlapItem({ overlap }: { overlap: Overlap }) {
  const { t } = useTranslation();
  const [a, b] = overlap.offerings;
  if (!a || !b) return null;
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
      </Stack>
    </Paper>
  );
}
