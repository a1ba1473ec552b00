/** Error texts of planning: gap, merged into the module's messages. */
export const gapMessages = {};
