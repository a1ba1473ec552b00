import { Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { type ReactNode, useId } from 'react';
import { ProblemAlert } from '../../components/problem-alert';

interface CoordinationSectionProps<T> {
  heading: string;
  /** Said instead of the list when it is empty. */
  empty: string;
  query: UseQueryResult<{ items: T[] }>;
  /** One `<li>` per record. */
  item: (record: T) => ReactNode;
  /** The form of a new record, below the list. */
  children?: ReactNode;
}

/** A part of the tasks page (tasks, proposals, messages): its heading, the list or why it is empty, the form. */
export function CoordinationSection<T>({
  heading,
  empty,
  query,
  item,
  children,
}: CoordinationSectionProps<T>) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {heading}
        </Title>
        {query.error && <ProblemAlert error={query.error} />}
        {query.data &&
          (query.data.items.length === 0 ? (
            <Text>{empty}</Text>
          ) : (
            <Stack component="ul" gap="xs" className="planning-coordination-list" aria-labelledby={headingId}>
              {query.data.items.map(item)}
            </Stack>
          ))}
        {children}
      </Stack>
    </section>
  );
}
