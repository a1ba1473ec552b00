import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from './link';
import { Page } from './page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <Text>{t('notFound.text')}</Text>
      <div>
        <AnchorLink to="/">{t('notFound.back')}</AnchorLink>
      </div>
    </Page>
  );
}
