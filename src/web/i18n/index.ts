import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { de } from './de';

export const languages = ['de', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'familiennetz.language';

function storedLanguage(): Language {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'de';
  } catch {
    return 'de';
  }
}

export const i18n = i18next.createInstance();

// German is the source and the fallback: it is in the start-up bundle. English loads only when it is chosen
// (loadLanguage), so German visitors do not download it.
void i18n.use(initReactI18next).init({
  resources: { de: { translation: de } },
  lng: storedLanguage(),
  fallbackLng: 'de',
  supportedLngs: languages,
  interpolation: { escapeValue: false },
  initAsync: false,
});

document.documentElement.lang = i18n.language;

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Private mode without storage: the choice then lasts for this visit only.
  }
});

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'de';
}

let english: Promise<void> | undefined;

/** Loads a language's start-up texts (German is always there); resolves once t() can use them. */
export function loadLanguage(language: Language): Promise<void> {
  if (language === 'de') return Promise.resolve();
  english ??= import('./en').then(
    ({ en }) => {
      // Deep merge without overwriting: features' English texts may have arrived first (see features.ts).
      i18n.addResourceBundle('en', 'translation', en, true, false);
    },
    (error: unknown) => {
      english = undefined; // a failed download (offline) may be retried with the next switch
      throw error;
    },
  );
  return english;
}

/** Switches the language once its texts are there, so no page shows a mix of languages in between. */
export async function changeLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18n.changeLanguage(language);
}

/** Dates and times are shown in Europe/Berlin (design.md §4), in the chosen language. */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(currentLanguage() === 'en' ? 'en-GB' : 'de-DE', {
    dateStyle: 'medium',
    timeZone: 'Europe/Berlin',
  }).format(new Date(iso));
}
