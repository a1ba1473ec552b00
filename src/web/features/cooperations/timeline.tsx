import { Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n';
import { PathLink } from './path-link';
import { cooperationStatuses, type TimelineEntry } from './types';

const decisions = ['go', 'not_now', 'no'] as const;
const proposalStatuses = ['proposed', 'accepted', 'declined', 'withdrawn'] as const;

/** The status or decision an entry names, in words (agreement and offering entries say enough by their kind). */
function useStatusText() {
  const { t } = useTranslation();
  return (entry: TimelineEntry): string => {
    const status = cooperationStatuses.find((s) => s === entry.status);
    if (entry.kind === 'status_changed' && status) return t(`cooperations.status.${status}`);
    const decision = decisions.find((d) => d === entry.status);
    if (entry.kind === 'decision_shared' && decision) return t(`cooperations.decision.${decision}`);
    const proposal = proposalStatuses.find((p) => p === entry.status);
    if (entry.kind === 'planning_proposal' && proposal) return t(`cooperations.proposal.status.${proposal}`);
    return '';
  };
}

/** The cooperation's timeline, newest first: date (dd.mm.yyyy), what happened, a link to the record. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useTranslation();
  const statusText = useStatusText();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={2} size="h3" id={headingId}>
          {t('cooperations.timeline.heading')}
        </Title>
        {entries.length === 0 ? (
          <Text>{t('cooperations.timeline.empty')}</Text>
        ) : (
          <ol className="cooperation-list cooperation-timeline" aria-labelledby={headingId}>
            {entries.map((entry) => {
              const text = t(`cooperations.timeline.kind.${entry.kind}`, {
                title: entry.title,
                status: statusText(entry),
              });
              return (
                <li key={entry.id}>
                  <Text size="sm">
                    <time dateTime={entry.at}>{formatDate(entry.at)}</time>
                    {' – '}
                    {entry.link ? <PathLink href={entry.link}>{text}</PathLink> : text}
                  </Text>
                </li>
              );
            })}
          </ol>
        )}
      </Stack>
    </section>
  );
}
