import { Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatHours } from '../../components/hours';
import { AnchorLink, ButtonLink } from '../../components/link';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { formatDay } from './format';
import { usePools } from './queries';
import type { PoolSummary } from './types';

function PoolTable({ pools }: { pools: PoolSummary[] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
      <Table.ScrollContainer minWidth={640}>
        <Table striped fz="sm" horizontalSpacing="xs" aria-label={t('pools.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('pools.list.title')}</Table.Th>
              <Table.Th scope="col">{t('pools.list.partner')}</Table.Th>
              <Table.Th scope="col">{t('pools.list.hours')}</Table.Th>
              <Table.Th scope="col">{t('pools.list.period')}</Table.Th>
              <Table.Th scope="col">{t('pools.list.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pools.map((pool) => (
              <Table.Tr key={pool.id}>
                <Table.Th scope="row" fw="normal">
                  <AnchorLink to="/kontingente/$poolId" params={{ poolId: pool.id }}>
                    {pool.title}
                  </AnchorLink>
                </Table.Th>
                <Table.Td>{pool.partner.name}</Table.Td>
                <Table.Td>{formatHours(pool.hoursPerMonth)}</Table.Td>
                <Table.Td>
                  {t('pools.period', { from: formatDay(pool.validFrom), to: formatDay(pool.validTo) })}
                </Table.Td>
                <Table.Td>
                  {pool.confirmedAt ? t('pools.status.confirmed') : t('pools.status.unconfirmed')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

/** The pools the caller takes part in: a planner's of the municipality, a partner's own, a centre's district's. */
export function PoolsPage() {
  const { t } = useTranslation();
  const pools = usePools();
  return (
    <Page title={t('pools.title')}>
      <Text maw={760}>{t('pools.intro')}</Text>
      <QueryView query={pools}>
        {(data) => (
          <>
            {data.createIn.length > 0 && (
              <div>
                <ButtonLink to="/kontingente/neu">{t('pools.create')}</ButtonLink>
              </div>
            )}
            {data.items.length === 0 ? <Text>{t('pools.none')}</Text> : <PoolTable pools={data.items} />}
          </>
        )}
      </QueryView>
    </Page>
  );
}
