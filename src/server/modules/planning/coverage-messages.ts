/** Error texts of planning: coverage, merged into the module's messages. */
export const coverageMessages = {};
