import { assessmentMessages } from './assessment-messages';
import { capacityMessages } from './capacity-messages';
import { cooperationMessages } from './cooperation-messages';
import { poolMessages } from './pool-messages';

/** Error texts of the cooperations module, merged into the server's message table (each part in its own file). */
export const cooperationsMessages = {
  ...assessmentMessages,
  ...cooperationMessages,
  ...poolMessages,
  ...capacityMessages,
};
