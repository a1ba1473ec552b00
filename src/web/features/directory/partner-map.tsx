import 'leaflet/dist/leaflet.css';
import { Text } from '@mantine/core';
import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface MapPoint {
  id: string;
  name: string;
  lat: number;
  lng: number;
}

interface PartnerMapProps {
  tileUrl: string;
  points: MapPoint[];
  /** The user's centre, drawn differently. */
  home?: MapPoint | undefined;
  onSelect: (id: string) => void;
}

const partnerStyle: L.CircleMarkerOptions = {
  radius: 8,
  color: '#1864ab',
  weight: 2,
  fillColor: '#339af0',
  fillOpacity: 0.9,
};
const homeStyle: L.CircleMarkerOptions = {
  radius: 10,
  color: '#862e9c',
  weight: 3,
  fillColor: '#e599f7',
  fillOpacity: 0.9,
};

/**
 * The results on a map, for sighted mouse and touch users. It is hidden from assistive technology and from the
 * keyboard: the result list beside it carries everything the map shows (names, distances, links). Markers are
 * vector circles (no marker images), and a failed tile server only leaves the background empty.
 */
export default function PartnerMap({ tileUrl, points, home, onSelect }: PartnerMapProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layer = useRef<L.LayerGroup | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;
  const [tilesFailed, setTilesFailed] = useState(false);
  const fit = useRef<() => void>(() => undefined);

  useEffect(() => {
    if (!container.current) return;
    const instance = L.map(container.current, {
      keyboard: false,
      attributionControl: false,
      zoomSnap: 0.5,
      scrollWheelZoom: false,
    });
    const tiles = L.tileLayer(tileUrl, { maxZoom: 19, crossOrigin: false });
    tiles.on('tileerror', () => setTilesFailed(true));
    tiles.on('tileload', () => setTilesFailed(false));
    tiles.addTo(instance);
    // The zoom buttons are links: keep them out of the tab order of a map that assistive technology does not see.
    for (const control of container.current.querySelectorAll('a')) control.setAttribute('tabindex', '-1');
    layer.current = L.layerGroup().addTo(instance);
    map.current = instance;
    // The box changes size with the layout (phone ↔ desktop column): keep all markers in view.
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

  useEffect(() => {
    const instance = map.current;
    const group = layer.current;
    if (!instance || !group) return;
    group.clearLayers();
    const bounds: L.LatLngExpression[] = [];
    if (home) {
      L.circleMarker([home.lat, home.lng], homeStyle).bindTooltip(home.name).addTo(group);
      bounds.push([home.lat, home.lng]);
    }
    for (const point of points) {
      L.circleMarker([point.lat, point.lng], partnerStyle)
        .bindTooltip(point.name)
        .on('click', () => select.current(point.id))
        .addTo(group);
      bounds.push([point.lat, point.lng]);
    }
    fit.current = () => {
      if (bounds.length === 1 && bounds[0]) instance.setView(bounds[0], 15);
      else if (bounds.length > 1)
        instance.fitBounds(L.latLngBounds(bounds), { padding: [24, 24], maxZoom: 16 });
      else instance.setView([51.1657, 10.4515], 5);
    };
    fit.current();
  }, [points, home]);

  return (
    <>
      <div ref={container} className="partner-map" aria-hidden="true" />
      {tilesFailed && (
        <Text size="sm" c="dimmed">
          {t('directory.map.tilesFailed')}
        </Text>
      )}
    </>
  );
}
