/** Error texts of planning: coordination, merged into the module's messages. */
export const coordinationMessages = {};
