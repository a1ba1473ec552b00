import { Alert, Button, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/link';
import { Page } from '../../components/page';
import { ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { formatDate } from '../../i18n';
import { useConfirm, useConfirmation } from './queries';

const route = getRouteApi('/bestaetigen/$token');

type Confirm = ReturnType<typeof useConfirm>;
type Confirmation = NonNullable<ReturnType<typeof useConfirmation>['data']>;

function ConfirmationView({ data, confirm }: { data: Confirmation; confirm: Confirm }) {
  const { t } = useTranslation();
  const editLink = (
    <AnchorLink to="/partner/$organizationId" params={{ organizationId: data.organizationId }}>
      {t('confirmProfile.edit')}
    </AnchorLink>
  );
  return (
    <>
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
    </>
  );
}

/** The "still correct?" link from the e-mail: one click confirms the profile, no sign-in needed. */
export function ConfirmProfilePage() {
  const { t } = useTranslation();
  const { token } = route.useParams();
  const confirmation = useConfirmation(token);
  const confirm = useConfirm(token);
  return (
    <Page title={t('confirmProfile.title')}>
      <QueryView query={confirmation} notFound={<Text>{t('confirmProfile.notFound')}</Text>}>
        {(data) => <ConfirmationView data={data} confirm={confirm} />}
      </QueryView>
    </Page>
  );
}
