import type { Config } from '../../config';
import type { Database } from '../../db/client';
import type { Locale } from '../../http/i18n';
import type { Actor } from '../../policy';

/** What a use case needs: the database, who asks, in which language, and the configuration. */
export interface ServiceContext {
  db: Database;
  actor: Actor | null;
  locale: Locale;
  config: Config;
}
