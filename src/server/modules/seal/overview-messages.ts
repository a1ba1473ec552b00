/** Error and mail texts of the seal module's overview part. */
export const overviewMessages = {};
