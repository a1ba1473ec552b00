import { Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatHours } from '../../components/hours';
import { AnchorLink, ButtonLink } from '../../components/link';
import { Page } from '../../components/page';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { AllocationTable } from './allocation-table';
import { formatDay } from './format';
import { PoolAgreements } from './pool-agreements';
import { OwnShare, RequestForm } from './pool-share';
import { useConfirmPool, usePool } from './queries';
import type { Pool } from './types';

function Facts({ pool }: { pool: Pool }) {
  const { t } = useTranslation();
  const headingId = useId();
  const rows: [string, string][] = [
    [t('pools.detail.partner'), pool.partner.name],
    [t('pools.detail.total'), formatHours(pool.hoursPerMonth)],
    [
      t('pools.detail.period'),
      t('pools.period', { from: formatDay(pool.validFrom), to: formatDay(pool.validTo) }),
    ],
    [
      t('pools.detail.districts'),
      pool.districts.length > 0
        ? pool.districts.map((d) => d.name).join(', ')
        : t('pools.detail.allDistricts'),
    ],
  ];
  if (pool.allocatedHours !== null)
    rows.push([t('pools.detail.allocated'), formatHours(pool.allocatedHours)]);
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }} component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="xs">
        {t('pools.detail.facts')}
      </Title>
      {pool.permissions.update && (
        <ButtonLink
          to="/kontingente/$poolId/bearbeiten"
          params={{ poolId: pool.id }}
          variant="default"
          size="xs"
          mb="sm"
        >
          {t('pools.form.edit')}
        </ButtonLink>
      )}
      <dl style={{ display: 'grid', gap: 'var(--mantine-spacing-xs)', margin: 0 }}>
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>
              <Text span fw={600} size="sm">
                {term}
              </Text>
            </dt>
            <dd style={{ margin: 0 }}>{value}</dd>
          </div>
        ))}
      </dl>
    </Paper>
  );
}

function Confirmation({ pool }: { pool: Pool }) {
  const { t } = useTranslation();
  const headingId = useId();
  const confirm = useConfirmPool(pool.id);
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }} component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={2} size="h3" id={headingId}>
          {t('pools.detail.confirmation')}
        </Title>
        <ProblemAlert error={confirm.error} />
        {pool.confirmedAt ? (
          <Text>{t('pools.detail.confirmedOn', { date: formatDay(pool.confirmedAt.slice(0, 10)) })}</Text>
        ) : (
          <Text>{t('pools.detail.notConfirmed')}</Text>
        )}
        {pool.permissions.confirm && !pool.confirmedAt && (
          <div>
            <Button onClick={() => confirm.mutate(pool.version)} loading={confirm.isPending}>
              {t('pools.detail.confirm')}
            </Button>
          </div>
        )}
      </Stack>
    </Paper>
  );
}

/** The partner's view: the hours allocated per centre (never the centres' reasons). */
function PartnerAllocations({ pool }: { pool: Pool }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }} component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="xs">
        {t('pools.partnerView.heading')}
      </Title>
      {pool.centres.length === 0 ? (
        <Text>{t('pools.partnerView.none')}</Text>
      ) : (
        <Table striped fz="sm" aria-labelledby={headingId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('pools.allocation.centre')}</Table.Th>
              <Table.Th scope="col">{t('pools.allocation.district')}</Table.Th>
              <Table.Th scope="col">{t('pools.allocation.allocated')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pool.centres.map((row) => (
              <Table.Tr key={row.centreId}>
                <Table.Th scope="row" fw="normal">
                  {row.centreName}
                </Table.Th>
                <Table.Td>{row.districtName ?? t('pools.allocation.noDistrict')}</Table.Td>
                <Table.Td>{formatHours(row.allocatedHours ?? 0)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

function PoolContent({ pool }: { pool: Pool }) {
  const plans = pool.permissions.allocate;
  const isPartner = !plans && pool.allocatedHours !== null;
  const ownRows = !plans && !isPartner ? pool.centres : [];
  return (
    <Stack gap="md">
      <Facts pool={pool} />
      <Confirmation pool={pool} />
      {isPartner && <PartnerAllocations pool={pool} />}
      {ownRows.length > 0 && <OwnShare rows={ownRows} />}
      {pool.permissions.request && <RequestForm key={pool.version} pool={pool} />}
      {plans && <AllocationTable pool={pool} />}
      {plans && <PoolAgreements pool={pool} />}
    </Stack>
  );
}

export function PoolPage() {
  const { t } = useTranslation();
  const { poolId } = useParams({ from: '/kontingente/$poolId' });
  const pool = usePool(poolId);
  const back = <AnchorLink to="/kontingente">{t('pools.detail.back')}</AnchorLink>;
  return (
    <QueryView
      query={pool}
      frame={(content) => (
        <Page title={t('pools.title')} eyebrow={back}>
          {content}
        </Page>
      )}
    >
      {(data) => (
        <Page title={data.title} eyebrow={back}>
          <PoolContent pool={data} />
        </Page>
      )}
    </QueryView>
  );
}
