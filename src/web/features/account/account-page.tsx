import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page';
import { PersonalDataSection } from '../privacy/personal-data-section';
import { ApiKeysSection } from './api-keys-section';
import { SessionsSection } from './sessions-section';

/** "Mein Konto": the signed-in person's sessions, API keys and the download of their personal data. */
export function AccountPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('account.title')}>
      <Stack gap="lg">
        <Text>{t('account.intro')}</Text>
        <SessionsSection />
        <ApiKeysSection />
        <PersonalDataSection />
      </Stack>
    </Page>
  );
}
