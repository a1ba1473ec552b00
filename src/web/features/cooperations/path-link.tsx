import { Anchor } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';

/**
 * A link to a path the server names (a timeline entry's record, the assessment page): a normal link that the
 * router follows without reloading the page; opening it in a new tab works as with any link.
 */
export function PathLink({ href, children }: { href: string; children: ReactNode }) {
  const navigate = useNavigate();
  return (
    <Anchor
      href={href}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        void navigate({ to: href });
      }}
    >
      {children}
    </Anchor>
  );
}
