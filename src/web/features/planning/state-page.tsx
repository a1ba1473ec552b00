import { Text } from '@mantine/core';
import { Page } from '../../components/page';

/** Placeholder until its part of issue 18 lands (replaced, never shipped as is). */
export function StatePage() {
  return (
    <Page title="state">
      <Text>…</Text>
    </Page>
  );
}
