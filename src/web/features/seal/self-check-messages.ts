/** Texts of the quality seal: self-check (de is the source, en has the same keys). */
export const messagesDe = {
  sealCheck: {},
};

export const messagesEn: typeof messagesDe = {
  sealCheck: {},
};
