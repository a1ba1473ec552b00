import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A list of cards (each child a `<Paper component="li">` or similar): a real `<ul>` for screen readers, named by
 * its heading, without bullets or indentation.
 */
export function CardList({ labelledBy, children }: { labelledBy?: string; children: ReactNode }) {
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={labelledBy}>
      {children}
    </Stack>
  );
}
