/** Texts of the quality seal: the certification cycle (de is the source, en has the same keys). */
export const messagesDe = {
  sealCycle: {},
};

export const messagesEn: typeof messagesDe = {
  sealCycle: {},
};
