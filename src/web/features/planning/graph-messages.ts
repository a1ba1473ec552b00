/** Texts of planning: graph (de is the source, en has the same keys). */
export const messagesDe = {
  planningGraph: {},
};

export const messagesEn: typeof messagesDe = {
  planningGraph: {},
};
