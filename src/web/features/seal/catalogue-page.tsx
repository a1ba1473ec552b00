import { Text } from '@mantine/core';
import { Page } from '../../components/page';

/** Placeholder until its part of issue 19 lands (replaced, never shipped as is). */
export function CataloguePage() {
  return (
    <Page title="catalogue">
      <Text>…</Text>
    </Page>
  );
}
