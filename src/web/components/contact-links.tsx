import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';

/** A tel: link from a phone number as people write it ("0231 12 34-5"). */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** Street, then postcode and city (on separate lines unless told otherwise); empty when nothing is known. */
export function formatAddress(
  place: { street: string | null; postalCode: string | null; city: string | null },
  separator = '\n',
) {
  const cityLine = [place.postalCode, place.city].filter(Boolean).join(' ');
  return [place.street, cityLine].filter(Boolean).join(separator);
}

export function EmailLink({ email, missing }: { email: string | null; missing: ReactNode }) {
  return email ? <Anchor href={`mailto:${email}`}>{email}</Anchor> : missing;
}

export function PhoneLink({ phone, missing }: { phone: string | null; missing: ReactNode }) {
  return phone ? <Anchor href={telHref(phone)}>{phone}</Anchor> : missing;
}

/** Only http(s) addresses become links: a stored "javascript:" URL must never be clickable. */
export function WebsiteLink({ url, missing }: { url: string | null; missing: ReactNode }) {
  if (!url) return missing;
  if (!/^https?:\/\//i.test(url)) return url;
  return (
    <Anchor href={url} target="_blank" rel="noopener noreferrer">
      {url}
    </Anchor>
  );
}
