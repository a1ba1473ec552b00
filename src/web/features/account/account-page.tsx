import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page';
import { ApiKeysSection } from './api-keys-section';
import { SessionsSection } from './sessions-section';

/** "Mein Konto": the signed-in person's API keys and sessions. */
export function AccountPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('account.title')}>
      <Stack gap="lg">
        <Text>{t('account.intro')}</Text>
        <SessionsSection />
        <ApiKeysSection />
      </Stack>
    </Page>
  );
}
