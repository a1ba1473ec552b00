import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/link';
import { Page } from '../../components/page';
import { useMe } from '../session/queries';

/** The public start page for families and professionals; needs no sign-in. */
export function HomePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const hasMemberships = me?.permissions.viewOwnOrganizations ?? false;
  return (
    <Page title={t('home.heading')} documentTitle={t('home.title')}>
      <Text size="lg" maw={720}>
        {t('home.lead')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="families-heading">
          <Stack gap="sm">
            <Title order={2} id="families-heading">
              {t('home.familiesHeading')}
            </Title>
            <Text>{t('home.familiesText')}</Text>
            <div>
              <ButtonLink to="/angebote">{t('home.finderCta')}</ButtonLink>
            </div>
          </Stack>
        </Paper>
        <Paper
          withBorder
          p={{ base: 'md', sm: 'lg' }}
          component="section"
          aria-labelledby="professionals-heading"
        >
          <Stack gap="sm" align="flex-start">
            <Title order={2} id="professionals-heading">
              {t('home.professionalsHeading')}
            </Title>
            <Text>{t('home.professionalsText')}</Text>
            {hasMemberships ? (
              <ButtonLink to="/organisation">{t('common.toMyOrganization')}</ButtonLink>
            ) : me ? null : (
              <ButtonLink to="/anmelden">{t('home.signInCta')}</ButtonLink>
            )}
          </Stack>
        </Paper>
      </SimpleGrid>
      <section aria-labelledby="privacy-heading">
        <Title order={2} size="h4" id="privacy-heading">
          {t('home.privacyHeading')}
        </Title>
        <Text>{t('home.privacyText')}</Text>
      </section>
    </Page>
  );
}
