import * as badges from './badges-messages';
import * as catalogue from './catalogue-messages';
import * as cycle from './cycle-messages';
import * as overview from './overview-messages';
import * as selfCheck from './self-check-messages';

/**
 * Texts of the quality seal pages (navigation entries are in i18n/de.ts); de is the source, en has the same
 * keys (the compiler checks it). Each part keeps its texts in its own file under its own key.
 */
export const messagesDe = {
  ...selfCheck.messagesDe,
  ...catalogue.messagesDe,
  ...cycle.messagesDe,
  ...overview.messagesDe,
  ...badges.messagesDe,
};

export const messagesEn: typeof messagesDe = {
  ...selfCheck.messagesEn,
  ...catalogue.messagesEn,
  ...cycle.messagesEn,
  ...overview.messagesEn,
  ...badges.messagesEn,
};
