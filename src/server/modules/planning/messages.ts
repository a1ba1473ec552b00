import { boundariesMessages } from './boundaries-messages';
import { coordinationMessages } from './coordination-messages';
import { coverageMessages } from './coverage-messages';
import { gapMessages } from './gap-messages';
import { graphMessages } from './graph-messages';
import { reportMessages } from './report-messages';

/** Error texts of the planning module, merged into the server's message table (each part in its own file). */
export const planningMessages = {
  ...boundariesMessages,
  ...coverageMessages,
  ...gapMessages,
  ...graphMessages,
  ...coordinationMessages,
  ...reportMessages,
};
