import { expect } from 'vitest';
import type { TestApp } from '../../test/build-app';
import { buildPartner, buildRelationship } from '../../test/factories';
import { type AgreementWorld, consultationParties } from '../agreements/test-factories';
import { offeringOrganizers, offeringSessions, offerings } from '../offerings/schema';
import { assessmentRevisions, assessments } from './schema';

/** Helpers of the capacity tests: agreements signed through the API, offerings and decisions written directly. */
export function capacityApi(t: TestApp) {
  const api = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, cookie?: string, payload?: object) =>
    t.request({ method, url: `/api/v1${url}`, ...(cookie && { cookie }), ...(payload && { payload }) });

  /** An agreement between Sonnenblume and the counselling centre, ready for its final transition to signed. */
  async function readyAgreement(
    w: AgreementWorld,
    hoursPerMonth: number,
    term: object = { startDate: '2026-01-01' },
    parties = consultationParties(w),
  ) {
    const created = await api('POST', '/agreements', w.people.sonnenblumeLead, {
      title: `Sprechstunde ${hoursPerMonth} h`,
      parties,
      term,
    });
    expect(created.statusCode).toBe(201);
    const { id, parties: partyRows, version } = created.json();
    const partyIds = partyRows.map((p: { id: string }) => p.id);
    const edit = await api('PATCH', `/agreements/${id}`, w.people.sonnenblumeLead, {
      version,
      services: [
        { partyId: partyIds[1], service: 'Offene Sprechstunde', frequency: 'weekly', hoursPerMonth },
      ],
    });
    expect(edit.statusCode).toBe(200);
    const review = await api('POST', `/agreements/${id}/transitions`, w.people.sonnenblumeLead, {
      version: edit.json().version,
      to: 'in_review',
    });
    expect(review.statusCode).toBe(200);
    const ready = await api('POST', `/agreements/${id}/transitions`, w.people.counsellingLead, {
      version: review.json().version,
      to: 'ready_for_signature',
    });
    expect(ready.statusCode).toBe(200);
    const signers = [w.people.sonnenblumeLead, w.people.counsellingLead];
    for (const [i, partyId] of partyIds.entries()) {
      const signature = await api('POST', `/agreements/${id}/signatures`, signers[i], {
        version: ready.json().version,
        partyId,
        signerRole: 'Leitung',
      });
      expect(signature.statusCode).toBe(201);
    }
    return { id: id as string, version: ready.json().version as number };
  }

  async function sign(w: AgreementWorld, agreement: { id: string; version: number }) {
    const signed = await api('POST', `/agreements/${agreement.id}/transitions`, w.people.sonnenblumeLead, {
      version: agreement.version,
      to: 'signed',
    });
    expect(signed.statusCode).toBe(200);
    return signed.json();
  }

  /** An offering with sessions of `hours` each on the given days (Berlin noon), written directly. */
  async function offeringWithSessions(input: {
    municipalityId: string;
    lead: string;
    staff: string;
    status: 'proposed' | 'agreed' | 'running';
    days: string[];
    hours: number;
  }) {
    const [offering] = await t.db
      .insert(offerings)
      .values({
        title: `Elternkurs ${input.status}`,
        format: 'course_series',
        registration: {
          mode: 'none',
          phone: null,
          email: null,
          url: null,
          capacity: null,
          waitlistCount: null,
          note: null,
        },
        status: input.status,
        leadOrganizationId: input.lead,
        municipalityId: input.municipalityId,
      })
      .returning();
    if (!offering) throw new Error('no offering');
    await t.db.insert(offeringOrganizers).values([
      { offeringId: offering.id, organizationId: input.lead, responsibilities: ['lead', 'room'] },
      { offeringId: offering.id, organizationId: input.staff, responsibilities: ['staff'], position: 1 },
    ]);
    await t.db.insert(offeringSessions).values(
      input.days.map((day) => {
        const startsAt = new Date(`${day}T11:00:00Z`);
        return {
          offeringId: offering.id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + input.hours * 3_600_000),
        };
      }),
    );
    return offering.id;
  }

  /** A cooperation between a centre and a new partner with a "go" of `hours` by `organization`, decided on `on`. */
  async function goDecision(input: {
    centreId: string;
    partnerId?: string;
    organizationId: string;
    hours: number;
    on: string;
  }) {
    const partnerId = input.partnerId ?? (await buildPartner(t.db)).organization.id;
    const { relationship } = await buildRelationship(t.db, { centreId: input.centreId, partnerId });
    const [assessment] = await t.db
      .insert(assessments)
      .values({ cooperationId: relationship.id, organizationId: input.organizationId })
      .returning();
    if (!assessment) throw new Error('no assessment');
    await t.db.insert(assessmentRevisions).values({
      assessmentId: assessment.id,
      number: 1,
      hoursDelivery: String(input.hours),
      decision: 'go',
      decidedOn: input.on,
    });
    return relationship.id;
  }

  return { api, readyAgreement, sign, offeringWithSessions, goDecision };
}
