import './seal.css';
import { Badge, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { localised } from './self-check-format';
import { getJson } from './self-check-queries';
import type { Badges } from './self-check-types';

/** The criteria the record counts for; nothing (no section) when it counts for none or may not be read. */
function useBadges(offeringId: string | undefined, agreementId: string | undefined) {
  const query = offeringId ? `offeringId=${offeringId}` : `agreementId=${agreementId ?? ''}`;
  return useQuery({
    queryKey: ['seal', 'badges', query],
    queryFn: () => getJson<Badges>(`/api/v1/seal/badges?${query}`),
    retry: false,
  });
}

/**
 * The criteria an offering or an agreement counts for, shown on its page (issue 19 §3): code and title, and
 * whether it counts now (an offering without sessions in the review period, an agreement that ended, does not).
 * Its texts load with the page (the `sealBadges` bundle in the offerings' and agreements' routes).
 */
export function SealBadges({ offeringId, agreementId }: { offeringId?: string; agreementId?: string }) {
  const { t, i18n } = useTranslation();
  const badges = useBadges(offeringId, agreementId);
  const items = badges.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Paper component="section" withBorder p={{ base: 'sm', sm: 'lg' }} aria-labelledby="seal-badges-heading">
      <Stack gap="xs">
        <Title order={2} size="h3" id="seal-badges-heading">
          {t('sealBadges.heading')}
        </Title>
        <Text size="sm">{t('sealBadges.intro')}</Text>
        <ul className="seal-badges">
          {items.map((item) => {
            const title = localised(i18n.language, item.titleDe, item.titleEn);
            const state = item.counts ? t('sealBadges.counts') : t('sealBadges.notNow');
            return (
              <li key={item.code}>
                <Badge
                  color={item.counts ? 'teal.9' : 'gray.8'}
                  variant={item.counts ? 'filled' : 'outline'}
                  radius="sm"
                  size="lg"
                  tt="none"
                  styles={{ label: { whiteSpace: 'normal', height: 'auto' }, root: { height: 'auto' } }}
                >
                  {t('sealBadges.label', { code: item.code, title, state })}
                </Badge>
              </li>
            );
          })}
        </ul>
      </Stack>
    </Paper>
  );
}
