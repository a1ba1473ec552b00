/** Texts of the quality seal: badges (de is the source, en has the same keys). */
export const messagesDe = {
  sealBadges: {},
};

export const messagesEn: typeof messagesDe = {
  sealBadges: {},
};
