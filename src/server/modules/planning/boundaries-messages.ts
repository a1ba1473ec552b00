/** Error texts of planning: boundaries, merged into the module's messages. */
export const boundariesMessages = {};
