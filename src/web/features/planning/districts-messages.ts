/** Texts of planning: districts (de is the source, en has the same keys). */
export const messagesDe = {
  planningDistricts: {},
};

export const messagesEn: typeof messagesDe = {
  planningDistricts: {},
};
