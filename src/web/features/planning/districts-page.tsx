import { Text } from '@mantine/core';
import { Page } from '../../components/page';

/** Placeholder until its part of issue 18 lands (replaced, never shipped as is). */
export function DistrictsPage() {
  return (
    <Page title="districts">
      <Text>…</Text>
    </Page>
  );
}
