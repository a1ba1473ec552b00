import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { buildMembership, buildMunicipality, buildOrganization, buildUser } from '../../test/factories';
import { roomBookings, rooms } from './schema';

type RoomInput = Partial<typeof rooms.$inferInsert> & { organizationId: string };

/** Inserts a room (capacity 12, bookable at any time, no buffer unless given). */
export async function buildRoom(db: Executor, input: RoomInput) {
  const [row] = await db
    .insert(rooms)
    .values({
      name: `Raum ${Math.random().toString(36).slice(2, 8)}`,
      capacity: 12,
      lat: 51.5,
      lng: 7.45,
      ...input,
    })
    .returning();
  if (!row) throw new Error('insert into rooms returned no row');
  return row;
}

/**
 * The people of the acceptance criteria: Sonnenblume (lead, staff), Regenbogen (lead), the
 * counselling centre (staff) in one municipality, and a centre of another municipality. Built more than
 * once on one database (a Musterstadt of a test's own), each needs its own emailTag: leitung+tag@….
 */
export async function buildRoomsScenario(db: Executor, { emailTag }: { emailTag?: string } = {}) {
  const person = (email: string, organizationId: string, role: 'lead' | 'staff' | 'planner') =>
    addPerson(db, emailTag ? email.replace('@', `+${emailTag}@`) : email, organizationId, role);
  const municipality = await buildMunicipality(db, { name: 'Musterstadt' });
  const other = await buildMunicipality(db, { name: 'Anderswo' });
  const at = (lat: number, lng: number) => ({ municipalityId: municipality.id, lat, lng });
  const sonnenblume = await buildOrganization(db, { ...at(51.5, 7.45), name: 'Familienzentrum Sonnenblume' });
  const regenbogen = await buildOrganization(db, { ...at(51.51, 7.46), name: 'Familienzentrum Regenbogen' });
  const beratung = await buildOrganization(db, {
    ...at(51.502, 7.454),
    type: 'partner',
    name: 'Erziehungsberatungsstelle Musterstadt',
    postalCode: '44135',
  });
  const youthOffice = await buildOrganization(db, {
    ...at(51.505, 7.455),
    type: 'youth_office',
    name: 'Jugendamt',
  });
  const stranger = await buildOrganization(db, {
    municipalityId: other.id,
    lat: 52.5,
    lng: 9,
    name: 'FZ Anderswo',
  });
  const people = {
    lead: await person('leitung@fz-sonnenblume.example', sonnenblume.id, 'lead'),
    staff: await person('fachkraft@fz-sonnenblume.example', sonnenblume.id, 'staff'),
    otherLead: await person('leitung@fz-regenbogen.example', regenbogen.id, 'lead'),
    partner: await person('beratung@eb-musterstadt.example', beratung.id, 'staff'),
    planner: await person('planung@jugendamt-musterstadt.example', youthOffice.id, 'planner'),
    stranger: await person('leitung@fz-anderswo.example', stranger.id, 'lead'),
  };
  return { municipality, sonnenblume, regenbogen, beratung, youthOffice, stranger, people };
}

async function addPerson(
  db: Executor,
  email: string,
  organizationId: string,
  role: 'lead' | 'staff' | 'planner',
) {
  const user = await buildUser(db, { email });
  await buildMembership(db, { userId: user.id, organizationId, role });
  return email;
}

/** The version of a booking as stored: what a client that just read it sends with a change. */
export async function bookingVersion(db: Executor, id: string): Promise<number> {
  const [row] = await db
    .select({ version: roomBookings.version })
    .from(roomBookings)
    .where(eq(roomBookings.id, id));
  return row?.version ?? 0;
}
