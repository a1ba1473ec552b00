import { Stack, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePublicConfig } from '../session/queries';
import type { MapPoint } from './partner-map';
import type { SearchItem } from './types';

// Leaflet (~45 kB gzipped with its CSS) loads only once results are there to show.
const PartnerMap = lazy(() => import('./partner-map'));

/** The results with coordinates on a map (beside the list, or below it on a phone); the list says it all, too. */
export function ResultsMap({ items, home }: { items: SearchItem[]; home: MapPoint | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const config = usePublicConfig();
  const points = useMemo(
    () =>
      items.flatMap((item) => {
        const { id, name, lat, lng } = item.organization;
        return lat !== null && lng !== null ? [{ id, name, lat, lng }] : [];
      }),
    [items],
  );
  if (!config.data || points.length === 0) return null;
  const withoutCoordinates = items.length - points.length;
  return (
    <section aria-labelledby="map-heading" className="partner-map-column">
      <Stack gap="xs">
        <Title order={2} size="h3" id="map-heading">
          {t('directory.map.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('directory.map.hint')}
        </Text>
        <Suspense fallback={<div className="partner-map" aria-hidden="true" />}>
          <PartnerMap
            tileUrl={config.data.mapTileUrl}
            points={points}
            home={home}
            onSelect={(organizationId) =>
              void navigate({ to: '/partner/$organizationId', params: { organizationId } })
            }
          />
        </Suspense>
        {withoutCoordinates > 0 && (
          <Text size="sm">{t('directory.map.notShown', { count: withoutCoordinates })}</Text>
        )}
        <Text size="xs">
          <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener noreferrer">
            {t('directory.map.attribution')}
          </a>
        </Text>
      </Stack>
    </section>
  );
}
