import { Stack, Text } from '@mantine/core';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/link';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { PoolForm } from './pool-form';
import { usePool, useUpdatePool } from './queries';
import type { Pool } from './types';

function EditForm({ pool }: { pool: Pool }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdatePool(pool.id);
  if (!pool.permissions.update) return <Text>{t('pools.form.notPlanner')}</Text>;
  return (
    <Stack gap="md">
      <Text maw={760}>{t('pools.form.reconfirmHint')}</Text>
      <PoolForm
        municipalityId={pool.municipalityId}
        initial={{
          title: pool.title,
          partnerId: pool.partner.id,
          hoursPerMonth: pool.hoursPerMonth,
          validFrom: pool.validFrom,
          validTo: pool.validTo,
          districtIds: pool.districts.map((d) => d.id),
          needWeights: pool.needWeights,
        }}
        partnerName={pool.partner.name}
        submitLabel={t('pools.form.save')}
        pending={update.isPending}
        error={update.error}
        onSubmit={(body) =>
          update.mutate(
            { version: pool.version, ...body },
            {
              onSuccess: () => void navigate({ to: '/kontingente/$poolId', params: { poolId: pool.id } }),
            },
          )
        }
      />
    </Stack>
  );
}

/** The planner changes a pool; a change of partner, hours or period asks the partner to confirm again. */
export function EditPoolPage() {
  const { t } = useTranslation();
  const { poolId } = useParams({ from: '/kontingente/$poolId/bearbeiten' });
  const pool = usePool(poolId);
  const back = (
    <AnchorLink to="/kontingente/$poolId" params={{ poolId }}>
      {t('pools.form.backToPool')}
    </AnchorLink>
  );
  return (
    <Page title={t('pools.form.editTitle')} eyebrow={back}>
      <QueryView query={pool}>{(data) => <EditForm pool={data} />}</QueryView>
    </Page>
  );
}
