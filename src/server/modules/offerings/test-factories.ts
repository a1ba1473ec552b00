import { DateTime } from 'luxon';
import type { TestApp } from '../../test/build-app';
import {
  buildDistrict,
  buildMembership,
  buildMunicipality,
  buildOrganization,
  buildUser,
} from '../../test/factories';
import { postcodes } from './schema';

/** Musterstadt in miniature: two centres, the counselling centre, a planner; people with their roles. */
export async function buildOfferingsWorld(t: TestApp) {
  const m = await buildMunicipality(t.db, { name: 'Musterstadt' });
  const district = await buildDistrict(t.db, { municipalityId: m.id, name: 'Nordviertel' });
  const at = (lat: number, lng: number) => ({ municipalityId: m.id, lat, lng, districtId: district.id });
  const sonnenblume = await buildOrganization(t.db, {
    ...at(51.5, 7.45),
    name: 'Familienzentrum Sonnenblume',
    street: 'Blumenweg 1',
    postalCode: '45991',
    city: 'Musterstadt',
  });
  const regenbogen = await buildOrganization(t.db, {
    ...at(51.51, 7.46),
    name: 'Familienzentrum Regenbogen',
  });
  const beratung = await buildOrganization(t.db, {
    ...at(51.502, 7.454),
    type: 'partner',
    name: 'Erziehungsberatungsstelle Musterstadt',
  });
  const bildung = await buildOrganization(t.db, {
    ...at(51.49, 7.44),
    type: 'partner',
    name: 'Familienbildungsstätte',
  });
  const jugendamt = await buildOrganization(t.db, {
    ...at(51.5, 7.4),
    type: 'youth_office',
    name: 'Jugendamt Musterstadt',
  });
  const person = async (
    email: string,
    organizationId: string,
    role: 'lead' | 'staff' | 'admin' | 'planner',
  ) => {
    const user = await buildUser(t.db, { email });
    await buildMembership(t.db, { userId: user.id, organizationId, role });
    return user;
  };
  await person('leitung@fz-sonnenblume.example', sonnenblume.id, 'lead');
  await person('fachkraft@fz-sonnenblume.example', sonnenblume.id, 'staff');
  await person('leitung@fz-regenbogen.example', regenbogen.id, 'lead');
  await person('beratung@eb-musterstadt.example', beratung.id, 'staff'); // as in the demo data
  await person('leitung@fbs.example', bildung.id, 'lead');
  await person('planung@jugendamt-musterstadt.example', jugendamt.id, 'planner');
  await t.db.insert(postcodes).values([
    { code: '45991', name: 'Musterstadt-Nord', lat: 51.5, lng: 7.45 },
    { code: '45999', name: 'Fernstadt', lat: 52.5, lng: 9.0 },
  ]);
  return { municipality: m, district, sonnenblume, regenbogen, beratung, bildung, jugendamt };
}

/** A weekly course of 8 sessions starting next Monday (local), 10:00–12:00. */
export function weeklyCourse(
  organizers: { organizationId: string; responsibilities: string[] }[],
  extra = {},
) {
  const monday = DateTime.now().setZone('Europe/Berlin').plus({ weeks: 1 }).startOf('week');
  return {
    title: 'Starke Eltern – starke Kinder',
    description: 'Elternkurs über acht Wochen mit Kinderbetreuung.',
    format: 'course_series',
    targetGroups: ['age_3_6'],
    ageFrom: 3,
    ageTo: 6,
    languages: ['de', 'tr'],
    isPublic: true,
    organizers,
    schedules: [
      {
        startDate: monday.toISODate(),
        startTime: '10:00',
        endTime: '12:00',
        rrule: 'FREQ=WEEKLY;COUNT=8',
        exdates: [],
      },
    ],
    ...extra,
  };
}

export type OfferingsApi = ReturnType<typeof offeringsApi>;

/** The API calls the offerings tests share; `lead` is the session that reads versions. */
export function offeringsApi(
  t: TestApp,
  world: Awaited<ReturnType<typeof buildOfferingsWorld>>,
  lead: string,
) {
  /** The offering's current version, as its lead organisation reads it. */
  const versionOf = async (id: string): Promise<number> =>
    (await t.request({ method: 'GET', url: `/api/v1/offerings/${id}`, cookie: lead })).json().version;
  return {
    organizersWithBeratung: () => [
      { organizationId: world.sonnenblume.id, responsibilities: ['lead', 'room', 'registration'] },
      { organizationId: world.beratung.id, responsibilities: ['content', 'staff'] },
    ],
    create: (cookie: string, body: object) =>
      t.request({ method: 'POST', url: '/api/v1/offerings', cookie, payload: body }),
    versionOf,
    /** A transition with the version read just before. */
    move: async (id: string, to: string, cookie = lead) =>
      t.request({
        method: 'POST',
        url: `/api/v1/offerings/${id}/transitions`,
        cookie,
        payload: { to, version: await versionOf(id) },
      }),
  };
}
