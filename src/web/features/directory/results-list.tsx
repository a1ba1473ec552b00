import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAddress } from '../../components/contact-links';
import { AnchorLink } from '../../components/link';
import { formatKm, kindLabel } from './format';
import type { RelationshipStatus, SearchItem } from './types';

/** Colours of the cooperation's status (all at least 4.5:1 against their background). */
const statusBadge: Record<RelationshipStatus, { variant: 'filled' | 'outline'; color: string }> = {
  potential: { variant: 'outline', color: 'blue.9' },
  in_contact: { variant: 'filled', color: 'blue.9' },
  active: { variant: 'filled', color: 'teal.9' },
  paused: { variant: 'outline', color: 'gray.7' },
  ended: { variant: 'outline', color: 'gray.7' },
};

function ResultItem({ item }: { item: SearchItem }) {
  const { t } = useTranslation();
  const { organization } = item;
  const address = formatAddress(organization, ', ');
  return (
    <Paper component="li" withBorder p="sm" radius="sm">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h5" style={{ flex: '1 1 14rem', minWidth: 0 }}>
            <AnchorLink
              to="/partner/$organizationId"
              params={{ organizationId: organization.id }}
              style={{ overflowWrap: 'anywhere' }}
            >
              {organization.name}
            </AnchorLink>
          </Title>
          {item.distanceKm !== null && (
            <Text size="sm" fw={600}>
              {t('directory.search.distance', { distance: formatKm(item.distanceKm) })}
            </Text>
          )}
        </Group>
        {address && (
          <Text size="sm" c="dimmed">
            {address}
          </Text>
        )}
        <Group gap={6}>
          {item.kinds.map((kind) => (
            <Badge key={kind.key} variant="light" tt="none">
              {kindLabel(kind)}
            </Badge>
          ))}
          {item.relationship && (
            <Badge {...statusBadge[item.relationship]} tt="none">
              {t('directory.search.inNetwork', { status: t(`directory.status.${item.relationship}`) })}
            </Badge>
          )}
          {item.stale && (
            <Badge variant="outline" color="red.9" tt="none">
              {t('directory.search.stale')}
            </Badge>
          )}
        </Group>
        {item.offerings.length > 0 && (
          <Text size="sm">{t('directory.search.offerings', { list: item.offerings.join(', ') })}</Text>
        )}
      </Stack>
    </Paper>
  );
}

interface ResultsListProps {
  items: SearchItem[];
  total: number;
  hasMore: boolean;
  isLoadingMore: boolean;
  onLoadMore: () => void;
}

/** The results as a list, "n of m" and "Mehr laden". */
export function ResultsList({ items, total, hasMore, isLoadingMore, onLoadMore }: ResultsListProps) {
  const { t } = useTranslation();
  // After "Mehr laden" the keyboard continues at the first new result, once it has been rendered.
  const focusResultAt = useRef<number | null>(null);
  useEffect(() => {
    const index = focusResultAt.current;
    if (index === null || items.length <= index) return;
    focusResultAt.current = null;
    document.querySelectorAll<HTMLAnchorElement>('#partner-results > li h3 a')[index]?.focus();
  }, [items]);
  return (
    <section aria-labelledby="results-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="results-heading">
          {t('directory.search.resultsHeading')}
        </Title>
        <Text role="status" fw={600}>
          {t('directory.search.resultCount', { count: total })}
          {items.length < total && ` – ${t('directory.search.shown', { shown: items.length, total })}`}
        </Text>
        {items.length === 0 ? (
          <Text>{t('directory.search.empty')}</Text>
        ) : (
          <Stack
            component="ul"
            gap="sm"
            className="partner-results"
            id="partner-results"
            aria-labelledby="results-heading"
          >
            {items.map((item) => (
              <ResultItem key={item.organization.id} item={item} />
            ))}
          </Stack>
        )}
        {hasMore && (
          <div>
            <Button
              variant="default"
              loading={isLoadingMore}
              onClick={() => {
                focusResultAt.current = items.length;
                onLoadMore();
              }}
            >
              {t('directory.search.loadMore')}
            </Button>
          </div>
        )}
      </Stack>
    </section>
  );
}
