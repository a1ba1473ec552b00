/** Only http(s) addresses become links: a stored "javascript:" URL must never be clickable. */
export const safeWebsite = (url: string) => (/^https?:\/\//i.test(url) ? url : undefined);

/** A tel: link from a phone number as people write it ("0231 12 34-5"). */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;
