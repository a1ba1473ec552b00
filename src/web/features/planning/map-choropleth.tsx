import 'leaflet/dist/leaflet.css';
import { Text } from '@mantine/core';
import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A district boundary as the boundaries endpoint gives it (only what the map reads). */
export interface AreaFeature {
  type: 'Feature';
  id: string;
  properties: { districtId: string; name: string };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

export interface ChoroplethArea {
  feature: AreaFeature;
  /** The value as shown (formatted), or the "no figure" text. */
  label: string;
  /** Fill colour of its class; null: no value (grey, dashed outline). */
  colour: string | null;
}

interface ChoroplethProps {
  tileUrl: string;
  areas: ChoroplethArea[];
}

const NO_VALUE_FILL = '#ced4da';

/**
 * The districts on a map, filled by class. Hidden from assistive technology and the keyboard: the legend and
 * the table beside it carry everything (colour is never the only carrier — each district's label shows its
 * value, districts without one have a dashed outline). A failed tile server leaves only the background empty.
 */
export default function Choropleth({ tileUrl, areas }: ChoroplethProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layer = useRef<L.GeoJSON | null>(null);
  const fit = useRef<() => void>(() => undefined);
  // Redrawn (and refitted) only when what is drawn changes, not on every render of the page.
  const signature = areas.map((a) => `${a.feature.id}:${a.label}:${a.colour}`).join('|');
  const drawn = useRef(areas);
  drawn.current = areas;
  const [tilesFailed, setTilesFailed] = useState(false);

  useEffect(() => {
    if (!container.current) return;
    const instance = L.map(container.current, {
      keyboard: false,
      attributionControl: false,
      zoomSnap: 0.25,
      scrollWheelZoom: false,
    });
    const tiles = L.tileLayer(tileUrl, { maxZoom: 19, crossOrigin: false, opacity: 0.6 });
    tiles.on('tileerror', () => setTilesFailed(true));
    tiles.on('tileload', () => setTilesFailed(false));
    tiles.addTo(instance);
    for (const control of container.current.querySelectorAll('a')) control.setAttribute('tabindex', '-1');
    layer.current = L.geoJSON(undefined).addTo(instance);
    map.current = instance;
    const resize = new ResizeObserver(() => {
      instance.invalidateSize();
      fit.current();
    });
    resize.observe(container.current);
    return () => {
      resize.disconnect();
      instance.remove();
      map.current = null;
      layer.current = null;
    };
  }, [tileUrl]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: redrawn when what is drawn changes (signature); the areas come through a ref
  useEffect(() => {
    const instance = map.current;
    const group = layer.current;
    if (!instance || !group) return;
    group.clearLayers();
    for (const area of drawn.current) {
      const polygon = L.geoJSON(area.feature as GeoJSON.Feature, {
        style: {
          color: '#212529',
          weight: area.colour ? 1.5 : 2,
          dashArray: area.colour ? undefined : '6 4',
          fillColor: area.colour ?? NO_VALUE_FILL,
          fillOpacity: 0.85,
        },
      });
      polygon.bindTooltip(`${area.feature.properties.name}: ${area.label}`, {
        permanent: true,
        direction: 'center',
        className: 'planning-map-label',
      });
      group.addLayer(polygon);
    }
    fit.current = () => {
      const bounds = group.getBounds();
      if (bounds.isValid()) instance.fitBounds(bounds, { padding: [8, 8] });
      else instance.setView([51.1657, 10.4515], 6);
    };
    fit.current();
  }, [signature]);

  return (
    <>
      <div ref={container} className="planning-map" aria-hidden="true" />
      {tilesFailed && (
        <Text size="sm" c="dimmed">
          {t('planningDistricts.map.tilesFailed')}
        </Text>
      )}
    </>
  );
}
