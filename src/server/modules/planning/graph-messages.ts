/** Error texts of planning: graph, merged into the module's messages. */
export const graphMessages = {};
