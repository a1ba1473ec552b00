import { Text } from '@mantine/core';
import { Page } from '../../components/page';

/** Placeholder until its part of issue 18 lands (replaced, never shipped as is). */
export function GapsPage() {
  return (
    <Page title="gaps">
      <Text>…</Text>
    </Page>
  );
}
