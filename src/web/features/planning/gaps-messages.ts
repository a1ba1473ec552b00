/** Texts of planning: gaps (de is the source, en has the same keys). */
export const messagesDe = {
  planningGaps: {},
};

export const messagesEn: typeof messagesDe = {
  planningGaps: {},
};
