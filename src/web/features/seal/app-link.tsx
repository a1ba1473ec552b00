import type { ReactNode } from 'react';
import { AnchorLink } from '../../components/link';

/**
 * The server names places in the app as addresses (`/partner?kind=…`, `/vereinbarungen/…`,
 * `/guetesiegel?centre=…#evidence-form`); this turns one into a router link, so following it keeps the app loaded.
 */
const Link = AnchorLink as unknown as (props: {
  to: string;
  search: Record<string, string>;
  hash?: string;
  size?: string;
  children: ReactNode;
  'aria-label'?: string;
}) => ReactNode;

export function AppLink({
  href,
  children,
  label,
  size,
}: {
  href: string;
  children: ReactNode;
  label?: string;
  size?: string;
}) {
  const url = new URL(href, 'http://app.invalid');
  const hash = url.hash.replace(/^#/, '');
  return (
    <Link
      to={url.pathname}
      search={Object.fromEntries(url.searchParams)}
      {...(hash ? { hash } : {})}
      {...(size ? { size } : {})}
      aria-label={label}
    >
      {children}
    </Link>
  );
}
