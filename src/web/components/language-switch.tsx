import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, languages } from '../i18n';

/** DE | EN, each button named in its own language; the choice persists (see i18n/index.ts). */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const active = currentLanguage();
  return (
    <fieldset className="language-switch" aria-label={t('language.label')}>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          className="button"
          data-size="compact-sm"
          data-variant={language === active ? 'filled' : 'subtle'}
          aria-pressed={language === active}
          lang={language}
          aria-label={t(`language.${language}`)}
          onClick={() => void changeLanguage(language)}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </fieldset>
  );
}
