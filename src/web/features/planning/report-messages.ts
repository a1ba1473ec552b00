/** Texts of planning: report (de is the source, en has the same keys). */
export const messagesDe = {
  planningReport: {},
};

export const messagesEn: typeof messagesDe = {
  planningReport: {},
};
