/** Error and mail texts of the seal module's cycle part. */
export const cycleMessages = {};
