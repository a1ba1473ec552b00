/** Texts of planning: coverage (de is the source, en has the same keys). */
export const messagesDe = {
  planningCoverage: {},
};

export const messagesEn: typeof messagesDe = {
  planningCoverage: {},
};
