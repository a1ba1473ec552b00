import { Text } from '@mantine/core';
import { Page } from '../../components/page';

/** Placeholder until its part of issue 19 lands (replaced, never shipped as is). */
export function OverviewPage() {
  return (
    <Page title="overview">
      <Text>…</Text>
    </Page>
  );
}
