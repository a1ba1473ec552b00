/** Error and mail texts of the seal module's self-check part. */
export const selfCheckMessages = {};
