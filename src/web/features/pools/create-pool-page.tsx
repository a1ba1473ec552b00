import { Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/link';
import { Page } from '../../components/page';
import { useMe } from '../session/queries';
import { emptyPool, PoolForm } from './pool-form';
import { useCreatePool } from './queries';

/** The planner's form for a new pool of a partner's hours. */
export function CreatePoolPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const municipalityId = me?.memberships.find((m) => m.role === 'planner')?.municipalityId;
  const create = useCreatePool();
  if (!municipalityId) {
    return (
      <Page title={t('pools.form.title')}>
        <Text>{t('pools.form.notPlanner')}</Text>
      </Page>
    );
  }
  return (
    <Page
      title={t('pools.form.title')}
      eyebrow={<AnchorLink to="/kontingente">{t('pools.detail.back')}</AnchorLink>}
    >
      <PoolForm
        municipalityId={municipalityId}
        initial={emptyPool}
        partnerName={null}
        submitLabel={t('pools.form.submit')}
        pending={create.isPending}
        error={create.error}
        onSubmit={(body) =>
          create.mutate(
            { municipalityId, ...body },
            {
              onSuccess: (pool) => void navigate({ to: '/kontingente/$poolId', params: { poolId: pool.id } }),
            },
          )
        }
      />
    </Page>
  );
}
