import { catalogueMessages } from './catalogue-messages';
import { cycleMessages } from './cycle-messages';
import { evidenceMessages } from './evidence-messages';
import { overviewMessages } from './overview-messages';
import { reportMessages } from './report-messages';
import { selfCheckMessages } from './self-check-messages';

/** Texts of the seal module, merged into the server's message table (each part in its own file). */
export const sealMessages = {
  ...catalogueMessages,
  ...cycleMessages,
  ...evidenceMessages,
  ...selfCheckMessages,
  ...reportMessages,
  ...overviewMessages,
};
