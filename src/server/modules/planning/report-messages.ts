/** Error texts of planning: report, merged into the module's messages. */
export const reportMessages = {};
