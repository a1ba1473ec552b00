/** Error and mail texts of the seal module's catalogue part. */
export const catalogueMessages = {};
