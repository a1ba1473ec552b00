import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page';
import { PersonalDataSection } from './personal-data-section';

export function PersonalDataPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('personalData.title')}>
      <PersonalDataSection />
    </Page>
  );
}
