import { Alert, Button, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { AnchorLink } from '../../components/link';
import { Page } from '../../components/page';
import { Loading, ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { formatDate } from '../../i18n';
import { useConfirm, useConfirmation } from './queries';

const route = getRouteApi('/bestaetigen/$token');

/** The "still correct?" link from the e-mail: one click confirms the profile, no sign-in needed. */
export function ConfirmProfilePage() {
  const { t } = useTranslation();
  const { token } = route.useParams();
  const confirmation = useConfirmation(token);
  const confirm = useConfirm(token);
  const title = t('confirmProfile.title');

  if (confirmation.isPending) {
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  }
  if (confirmation.isError) {
    const isUnknown = confirmation.error instanceof ApiError && confirmation.error.status === 404;
    return (
      <Page title={title}>
        {isUnknown ? (
          <Text>{t('confirmProfile.notFound')}</Text>
        ) : (
          <ProblemAlert error={confirmation.error} onRetry={() => void confirmation.refetch()} />
        )}
      </Page>
    );
  }

  const data = confirmation.data;
  const editLink = (
    <AnchorLink to="/partner/$organizationId" params={{ organizationId: data.organizationId }}>
      {t('confirmProfile.edit')}
    </AnchorLink>
  );
  return (
    <Page title={title}>
      <Text size="lg">{t('confirmProfile.question', { organization: data.organizationName })}</Text>
      {confirm.isSuccess ? (
        <StatusMessage>{t('confirmProfile.thanks', { organization: data.organizationName })}</StatusMessage>
      ) : data.status === 'valid' ? (
        <Stack gap="md" align="flex-start">
          <ProblemAlert error={confirm.error} />
          <Button loading={confirm.isPending} onClick={() => confirm.mutate()}>
            {t('confirmProfile.confirm')}
          </Button>
          <Text>
            {t('confirmProfile.somethingChanged')} {editLink}
          </Text>
        </Stack>
      ) : (
        <Alert color="yellow" variant="light" role="status">
          <Stack gap="xs">
            <Text>
              {data.status === 'used'
                ? t('confirmProfile.used', { date: formatDate(data.lastConfirmedAt) })
                : t('confirmProfile.expired')}
            </Text>
            <Text>{editLink}</Text>
          </Stack>
        </Alert>
      )}
    </Page>
  );
}
