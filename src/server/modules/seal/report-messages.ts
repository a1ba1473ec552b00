/** Error and mail texts of the seal module's report part. */
export const reportMessages = {};
