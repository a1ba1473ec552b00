/** Texts of planning: tasks (de is the source, en has the same keys). */
export const messagesDe = {
  planningTasks: {},
};

export const messagesEn: typeof messagesDe = {
  planningTasks: {},
};
