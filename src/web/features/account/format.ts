import type { TFunction } from 'i18next';
import type { MySession } from '../../api/types';
import { currentLanguage } from '../../i18n';

/** Date and time in Europe/Berlin (design.md §4), in the chosen language. */
export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(currentLanguage() === 'en' ? 'en-GB' : 'de-DE', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(new Date(iso));
}

/** "Firefox unter Windows": the server names browser and system, the words around them are ours. */
export function deviceLabel(t: TFunction, { browser, os }: MySession['device']): string {
  if (browser && os) return t('account.sessions.device', { browser, os });
  if (browser) return t('account.sessions.browserOnly', { browser });
  if (os) return t('account.sessions.osOnly', { os });
  return t('account.sessions.unknownDevice');
}
