import type { PublicOffering } from './types';

/**
 * schema.org `Event` for the detail page (search engines, family portals that read structured data). The event is
 * the offering; its next date gives start and end, every date is listed as a sub-event.
 */
export function eventJsonLd(
  offering: PublicOffering,
  origin = window.location.origin,
): Record<string, unknown> {
  const upcoming = offering.sessions.filter((session) => !session.cancelled);
  const first = upcoming[0] ?? offering.sessions[0];
  const organizers = [offering.runBy.lead, ...offering.runBy.with].map((organization) => ({
    '@type': 'Organization',
    name: organization.name,
  }));
  const { place } = offering;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: offering.title,
    description: offering.plainDescription || offering.description || undefined,
    url: `${origin}/angebote/${offering.id}`,
    ...(first ? { startDate: toIso(first.startsAt), endDate: toIso(first.endsAt) } : {}),
    eventStatus:
      offering.status === 'cancelled'
        ? 'https://schema.org/EventCancelled'
        : 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: place.name ?? place.city ?? undefined,
      address: {
        '@type': 'PostalAddress',
        streetAddress: place.street ?? undefined,
        postalCode: place.postalCode ?? undefined,
        addressLocality: place.city ?? undefined,
        addressCountry: 'DE',
      },
      ...(place.lat !== null && place.lng !== null
        ? { geo: { '@type': 'GeoCoordinates', latitude: place.lat, longitude: place.lng } }
        : {}),
    },
    organizer: organizers,
    inLanguage: offering.languages,
    isAccessibleForFree: offering.feeCents === 0,
    offers: {
      '@type': 'Offer',
      price: (offering.feeCents / 100).toFixed(2),
      priceCurrency: 'EUR',
      url: `${origin}/angebote/${offering.id}`,
    },
    ...(offering.ageFrom !== null || offering.ageTo !== null
      ? {
          typicalAgeRange: `${offering.ageFrom ?? 0}-${offering.ageTo ?? ''}`,
        }
      : {}),
    subEvent: upcoming.slice(0, 50).map((session) => ({
      '@type': 'Event',
      name: offering.title,
      startDate: toIso(session.startsAt),
      endDate: toIso(session.endsAt),
    })),
  };
}

const toIso = (value: string | Date) => new Date(value).toISOString();
