import { Badge, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/link';
import { ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { formatDate } from '../../i18n';
import { CycleForm } from './cycle-form';
import { type Cycle, type CycleList, useCycles, useRemoveCycle } from './cycle-queries';

const statusColor = { valid: 'teal', dueSoon: 'orange', overdue: 'red' } as const;

/** One line of the cycle's facts: a term and its value (a description list reads well on a screen reader). */
function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {term}
      </Text>
      <Text component="dd" m={0} fw={500}>
        {children}
      </Text>
    </div>
  );
}

function CurrentCycle({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {/* The status in words, not colour alone; dark text keeps the contrast on every tint. */}
        <Badge color={statusColor[cycle.status]} variant="light" c="dark.8" tt="none">
          {t(`sealCycle.status.${cycle.status}`)}
        </Badge>
      </Group>
      <dl
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fit, minmax(10rem, 1fr))',
          gap: '0.75rem',
          margin: 0,
        }}
      >
        <Fact term={t('sealCycle.certifiedOn')}>{formatDate(cycle.certifiedOn)}</Fact>
        <Fact term={t('sealCycle.validUntil')}>{formatDate(cycle.validUntil)}</Fact>
        <Fact term={t('sealCycle.daysLeft')}>
          {cycle.daysLeft >= 0
            ? t('sealCycle.daysLeftValue', { count: cycle.daysLeft })
            : t('sealCycle.overdueValue', { count: -cycle.daysLeft })}
        </Fact>
        <Fact term={t('sealCycle.reviewYear')}>
          {t('sealCycle.reviewYearValue', { year: cycle.reviewYear })}
        </Fact>
        <Fact term={t('sealCycle.edition')}>{t('sealCycle.editionValue', { key: cycle.edition.key })}</Fact>
      </dl>
      {cycle.note && (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('sealCycle.note')}: {cycle.note}
        </Text>
      )}
    </Stack>
  );
}

function History({ cycles }: { cycles: Cycle[] }) {
  const { t } = useTranslation();
  if (cycles.length === 0) return null;
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {t('sealCycle.history')}
      </Title>
      <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
        {cycles.map((c) => (
          <li key={c.id}>
            <Text size="sm">
              {t('sealCycle.historyItem', {
                from: formatDate(c.certifiedOn),
                until: formatDate(c.validUntil),
                key: c.edition.key,
              })}
            </Text>
          </li>
        ))}
      </ul>
    </Stack>
  );
}

function RemoveDialog({
  cycle,
  onClose,
  onRemoved,
}: {
  cycle: Cycle | null;
  onClose: () => void;
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const remove = useRemoveCycle();
  return (
    <Modal
      opened={cycle !== null}
      onClose={onClose}
      title={t('sealCycle.removeTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <ProblemAlert error={remove.error} />
        <Text>{t('sealCycle.removeText', { date: cycle ? formatDate(cycle.certifiedOn) : '' })}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() =>
              cycle && remove.mutate({ id: cycle.id, version: cycle.version }, { onSuccess: onRemoved })
            }
          >
            {t('sealCycle.remove')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

type Mode = 'view' | 'record' | 'edit';

function CycleContent({ list }: { list: CycleList }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('view');
  const [removing, setRemoving] = useState<Cycle | null>(null);
  const [status, setStatus] = useState('');
  const [current, ...earlier] = list.items;
  const done = (message: string) => {
    setMode('view');
    setStatus(message);
  };
  if (mode !== 'view')
    return (
      <CycleForm
        list={list}
        cycle={mode === 'edit' ? (current ?? null) : null}
        onDone={() => done(t('sealCycle.saved'))}
        onCancel={() => setMode('view')}
      />
    );
  return (
    <Stack gap="sm">
      <StatusMessage>{status}</StatusMessage>
      {current ? (
        <CurrentCycle cycle={current} />
      ) : (
        <Text>{t('sealCycle.none', { name: list.subject.name })}</Text>
      )}
      {list.verbund && (
        <Text size="sm">
          {t('sealCycle.viaVerbund', { name: list.subject.name, verbund: list.verbund.name })}{' '}
          <AnchorLink to="/guetesiegel" search={{ centre: list.verbund.id }}>
            {t('sealCycle.openVerbund')}
          </AnchorLink>
        </Text>
      )}
      <History cycles={earlier} />
      {list.permissions.manageCycle && (
        <Group gap="sm">
          <Button variant="light" onClick={() => setMode('record')}>
            {t('sealCycle.record')}
          </Button>
          {current?.permissions.update && (
            <Button variant="default" onClick={() => setMode('edit')}>
              {t('sealCycle.edit')}
            </Button>
          )}
          {current?.permissions.delete && (
            <Button variant="subtle" color="red" onClick={() => setRemoving(current)}>
              {t('sealCycle.remove')}
            </Button>
          )}
        </Group>
      )}
      <RemoveDialog
        cycle={removing}
        onClose={() => setRemoving(null)}
        onRemoved={() => {
          setRemoving(null);
          setStatus(t('sealCycle.removed'));
        }}
      />
    </Stack>
  );
}

/**
 * The certification cycle of a centre or Verbund on /guetesiegel (issue 19 §2): certified on, valid until, the
 * days left, the review year and the edition; earlier certifications; for leads the form to record or correct.
 */
export function CycleSection({ subjectId }: { subjectId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const query = useCycles(subjectId);
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('sealCycle.title')}
        </Title>
        <QueryView query={query}>{(list) => <CycleContent key={subjectId} list={list} />}</QueryView>
      </Stack>
    </Paper>
  );
}
