import { Anchor, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { CardList } from '../../components/card-list';
import { ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { EvidenceForm } from './evidence-form';
import { formatDay } from './self-check-format';
import { evidenceFileUrl, useDeleteEvidence, useManualEvidence } from './self-check-queries';
import type { ManualEvidence, SelfCheck } from './self-check-types';

function EvidenceCard({
  item,
  facilityName,
  onDelete,
  deleting,
}: {
  item: ManualEvidence;
  facilityName: string | null;
  onDelete: (() => void) | null;
  deleting: boolean;
}) {
  const { t } = useTranslation();
  const dates = item.expiresOn
    ? t('sealEvidence.datesUntil', { from: formatDay(item.effectiveOn), until: formatDay(item.expiresOn) })
    : t('sealEvidence.dates', { from: formatDay(item.effectiveOn) });
  return (
    <Paper component="li" withBorder p="sm" radius="sm">
      <Stack gap={4}>
        <Text fw={600}>{item.title}</Text>
        <Text size="sm" c="dimmed">
          {t(`sealCheck.evidence.kind.${item.kind}`)} ·{' '}
          {t('sealEvidence.criteria', { codes: item.criteria.join(', ') })} · {dates}
          {facilityName ? ` · ${facilityName}` : ''}
        </Text>
        {item.note && (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {item.note}
          </Text>
        )}
        <Group gap="md">
          {item.kind === 'document' && (
            <Anchor size="sm" href={evidenceFileUrl(item.id)} target="_blank">
              {t('sealEvidence.open')}
              {item.fileName ? ` (${item.fileName})` : ''}
            </Anchor>
          )}
          {onDelete && (
            <Button
              variant="outline"
              color="red.9"
              size="compact-sm"
              loading={deleting}
              aria-label={t('sealEvidence.deleteLabel', { title: item.title })}
              onClick={onDelete}
            >
              {t('sealEvidence.delete')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/** The centre's own evidence (PDFs and notes) and, for who may add, the form (issue 19 §3, manual evidence). */
export function EvidenceSection({ check }: { check: SelfCheck }) {
  const { t } = useTranslation();
  const evidence = useManualEvidence(check.subject.id);
  const remove = useDeleteEvidence(check.subject.id);
  const [deleted, setDeleted] = useState<string | null>(null);
  const showFacility = check.subject.facilities.length > 1;
  const conflict = remove.error instanceof ApiError && remove.error.status === 409;
  return (
    <Paper
      withBorder
      p={{ base: 'sm', sm: 'lg' }}
      component="section"
      aria-labelledby="seal-evidence-heading"
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id="seal-evidence-heading">
          {t('sealEvidence.heading')}
        </Title>
        <Text size="sm">{t('sealEvidence.intro')}</Text>
        {deleted && <StatusMessage>{t('sealEvidence.deleted', { title: deleted })}</StatusMessage>}
        <ProblemAlert error={remove.error} onRetry={conflict ? () => void evidence.refetch() : undefined}>
          {conflict ? <Text size="sm">{t('sealEvidence.conflict')}</Text> : null}
        </ProblemAlert>
        <QueryView query={evidence}>
          {({ items }) =>
            items.length === 0 ? (
              <Text c="dimmed">{t('sealEvidence.none')}</Text>
            ) : (
              <CardList labelledBy="seal-evidence-heading">
                {items.map((item) => (
                  <EvidenceCard
                    key={item.id}
                    item={item}
                    facilityName={showFacility ? item.facility.name : null}
                    deleting={remove.isPending && remove.variables?.id === item.id}
                    onDelete={
                      item.permissions.change
                        ? () => {
                            setDeleted(null);
                            remove.mutate(
                              { id: item.id, version: item.version },
                              { onSuccess: () => setDeleted(item.title) },
                            );
                          }
                        : null
                    }
                  />
                ))}
              </CardList>
            )
          }
        </QueryView>
        {check.permissions.addEvidence && (
          <>
            <Divider />
            <EvidenceForm check={check} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
