/** Texts of the quality seal: catalogue (de is the source, en has the same keys). */
export const messagesDe = {
  sealCatalogue: {},
};

export const messagesEn: typeof messagesDe = {
  sealCatalogue: {},
};
