/** Texts of the quality seal: overview (de is the source, en has the same keys). */
export const messagesDe = {
  sealOverview: {},
};

export const messagesEn: typeof messagesDe = {
  sealOverview: {},
};
