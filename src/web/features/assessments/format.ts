import { DateTime } from 'luxon';
import { formatDate } from '../../i18n';

/** A calendar date (YYYY-MM-DD) or an instant, as the reader writes dates. */
export const formatDay = (iso: string) => formatDate(iso);

/** Today in Berlin as YYYY-MM-DD. */
export const today = () => DateTime.now().setZone('Europe/Berlin').toISODate() ?? '';
