import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/link';
import { ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { useProduceAgreements } from './queries';
import type { Pool } from './types';

/** The planner produces the framework agreements from the allocations and finds them here. */
export function PoolAgreements({ pool }: { pool: Pool }) {
  const { t } = useTranslation();
  const headingId = useId();
  const produce = useProduceAgreements(pool.id);
  const names = new Map(pool.centres.map((c) => [c.centreId, c.centreName]));
  const created = produce.data?.created.length;
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }} component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('pools.agreements.heading')}
        </Title>
        <Text size="sm" maw={760}>
          {t('pools.agreements.intro')}
        </Text>
        <ProblemAlert error={produce.error} />
        {created !== undefined && (
          <StatusMessage>
            {created > 0
              ? t('pools.agreements.produced', { count: created })
              : t('pools.agreements.nothingNew')}
          </StatusMessage>
        )}
        {pool.agreements.length === 0 ? (
          <Text>{t('pools.agreements.none')}</Text>
        ) : (
          <ul className="plain-list">
            {pool.agreements.map((agreement) => (
              <li key={agreement.id}>
                <AnchorLink to="/vereinbarungen/$agreementId" params={{ agreementId: agreement.id }}>
                  {agreement.title}
                </AnchorLink>
                {agreement.centreId && names.has(agreement.centreId) && (
                  <Text size="sm" span>
                    {' '}
                    · {names.get(agreement.centreId)}
                  </Text>
                )}
              </li>
            ))}
          </ul>
        )}
        {pool.permissions.produceAgreements && (
          <div>
            <Button onClick={() => produce.mutate()} loading={produce.isPending} disabled={!pool.confirmedAt}>
              {t('pools.agreements.produce')}
            </Button>
          </div>
        )}
      </Stack>
    </Paper>
  );
}
