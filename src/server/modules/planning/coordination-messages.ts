import type { Locale } from '../../http/i18n-types';

/** Error texts of planning: coordination (tasks, proposals, district messages), merged into the module's messages. */
export const coordinationMessages = {
  'planning.tasks.validation.district': {
    de: 'Dieser Sozialraum gehört nicht zur Kommune der Aufgabe.',
    en: 'This district does not belong to the task’s municipality.',
  },
  'planning.tasks.validation.organization': {
    de: 'Diese Organisation gehört nicht zur Kommune der Aufgabe.',
    en: 'This organisation does not belong to the task’s municipality.',
  },
  'planning.tasks.validation.owner': {
    de: 'Zuständig kann nur jemand aus dem Jugendamt dieser Kommune sein.',
    en: 'Only a member of this municipality’s Jugendamt can own the task.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
