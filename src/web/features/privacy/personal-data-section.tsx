import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * "Meine Daten herunterladen" (DSGVO Art. 15/20). A plain link: the browser sends the session cookie and saves
 * the answer as a file (Content-Disposition), so no script holds the data. Made to be placed on any page, e.g.
 * the account page.
 */
export function PersonalDataSection() {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="personal-data-heading"
    >
      <Stack gap="md" align="flex-start">
        <Title order={2} id="personal-data-heading">
          {t('personalData.heading')}
        </Title>
        <Text>{t('personalData.intro')}</Text>
        <Button component="a" href="/api/v1/me/personal-data" download>
          {t('personalData.download')}
        </Button>
        <Text size="sm">{t('personalData.erasure')}</Text>
      </Stack>
    </Paper>
  );
}
