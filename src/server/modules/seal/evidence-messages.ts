/** Error and mail texts of the seal module's evidence part. */
export const evidenceMessages = {};
