import { capacityMessages } from './capacity-messages';

/** Error texts of the cooperations module, merged into the server's message table (each part in its own file). */
export const cooperationsMessages = { ...capacityMessages };
