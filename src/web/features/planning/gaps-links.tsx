import type { ReactNode } from 'react';
import { AnchorLink } from '../../components/link';

/**
 * The server names each suggested action as an address inside the app (e.g. `/partner?kind=…&districtId=…`);
 * this turns it into a router link, so following it keeps the app loaded.
 */
const Link = AnchorLink as unknown as (props: {
  to: string;
  search: Record<string, string>;
  children: ReactNode;
  'aria-label'?: string;
}) => ReactNode;

export function ActionLink({ href, children, label }: { href: string; children: ReactNode; label?: string }) {
  const url = new URL(href, 'http://app.invalid');
  return (
    <Link to={url.pathname} search={Object.fromEntries(url.searchParams)} aria-label={label}>
      {children}
    </Link>
  );
}
