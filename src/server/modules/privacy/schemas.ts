import { z } from 'zod';
import { membershipRoleSchema } from '../accounts/schemas';
import { relationshipStatusSchema } from '../directory/schemas';
import { bookingStatusSchema } from '../rooms/schemas';

// Every field is listed: the response schema is also the filter that keeps secrets out of the file.
const when = z.date();
const maybe = z.date().nullable();

const userSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  emailVerified: z.boolean(),
  isInstanceAdmin: z.boolean(),
  createdAt: when,
  updatedAt: when,
});

const accountSchema = z.object({
  user: userSchema.nullable(),
  signInMethods: z.array(
    z.object({
      providerId: z.string(),
      accountId: z.string(),
      hasPassword: z.boolean(),
      createdAt: when,
      updatedAt: when,
    }),
  ),
  sessions: z.array(
    z.object({
      createdAt: when,
      updatedAt: when,
      expiresAt: when,
      ipAddress: z.string().nullable(),
      userAgent: z.string().nullable(),
    }),
  ),
  apiKeys: z.array(z.object({ name: z.string(), createdAt: when, lastUsedAt: maybe, expiresAt: maybe })),
  memberships: z.array(
    z.object({
      organizationId: z.uuid(),
      organizationName: z.string(),
      role: membershipRoleSchema,
      createdAt: when,
    }),
  ),
  invitations: z.array(
    z.object({
      direction: z.enum(['sent', 'received']),
      organizationName: z.string(),
      role: membershipRoleSchema,
      email: z.string().nullable(),
      createdAt: when,
      expiresAt: when,
      acceptedAt: maybe,
      revokedAt: maybe,
    }),
  ),
});

const directorySchema = z.object({
  contactEntries: z.array(
    z.object({
      organizationName: z.string(),
      name: z.string(),
      role: z.string().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
    }),
  ),
  profilesToConfirm: z.array(z.object({ organizationName: z.string(), lastConfirmedAt: when })),
  assignedNextSteps: z.array(
    z.object({
      centreName: z.string(),
      partnerName: z.string(),
      nextStep: z.string().nullable(),
      nextStepDue: z.string().nullable(),
    }),
  ),
  relationshipStatusChangesMade: z.array(
    z.object({
      centreName: z.string(),
      partnerName: z.string(),
      status: relationshipStatusSchema,
      changedAt: when,
    }),
  ),
});

const offeringsSchema = z.object({
  comments: z.array(z.object({ offeringTitle: z.string(), body: z.string(), createdAt: when })),
  consents: z.array(
    z.object({ offeringTitle: z.string(), organizationName: z.string(), round: z.number(), givenAt: when }),
  ),
  evaluationsWritten: z.array(z.object({ offeringTitle: z.string(), evaluationUpdatedAt: maybe })),
});

const roomsSchema = z.object({
  bookingsRequested: z.array(
    z.object({
      roomName: z.string(),
      organizationName: z.string(),
      title: z.string(),
      note: z.string().nullable(),
      status: bookingStatusSchema,
      startsAt: when,
      endsAt: when,
      createdAt: when,
    }),
  ),
});

const agreementsSchema = z.object({
  comments: z.array(
    z.object({
      agreementReference: z.string(),
      agreementTitle: z.string(),
      versionNumber: z.number(),
      section: z.string(),
      body: z.string(),
      createdAt: when,
    }),
  ),
  signatures: z.array(
    z.object({
      agreementReference: z.string(),
      agreementTitle: z.string(),
      versionNumber: z.number(),
      signerName: z.string(),
      signerRole: z.string(),
      signedOn: z.string(),
      recordedAt: when,
    }),
  ),
});

const cooperationsSchema = z.object({
  assessmentsSaved: z.array(
    z.object({
      organizationName: z.string(),
      revision: z.number(),
      decision: z.enum(['go', 'not_now', 'no']).nullable(),
      decidedOn: z.string().nullable(),
      savedAt: when,
      savedByThePerson: z.boolean(),
      decidedByThePerson: z.boolean(),
    }),
  ),
  mandatesUpdated: z.array(z.object({ organizationName: z.string(), updatedAt: when })),
  poolRequestsMade: z.array(
    z.object({
      poolTitle: z.string(),
      centreName: z.string(),
      hoursPerMonth: z.number(),
      reason: z.string(),
      updatedAt: when,
    }),
  ),
  poolsCreatedOrConfirmed: z.array(z.object({ title: z.string(), created: z.boolean(), confirmedAt: maybe })),
});

const planningSchema = z.object({
  tasks: z.array(
    z.object({
      municipalityName: z.string(),
      title: z.string(),
      status: z.enum(['open', 'in_progress', 'done', 'dropped']),
      dueOn: z.string().nullable(),
      createdAt: when,
      ownedByThePerson: z.boolean(),
      createdByThePerson: z.boolean(),
    }),
  ),
  proposalsMade: z.array(
    z.object({
      centreName: z.string(),
      partnerName: z.string(),
      status: z.enum(['proposed', 'accepted', 'declined', 'withdrawn']),
      createdAt: when,
    }),
  ),
  districtMessagesSent: z.array(
    z.object({ districtName: z.string(), subject: z.string(), recipientCount: z.number(), sentAt: when }),
  ),
});

const sealSchema = z.object({
  cyclesRecorded: z.array(
    z.object({
      organizationName: z.string(),
      certifiedOn: z.string(),
      validUntil: z.string(),
      reviewYear: z.number(),
      edition: z.string(),
      note: z.string(),
      createdAt: when,
    }),
  ),
  evidenceRecorded: z.array(
    z.object({
      organizationName: z.string(),
      kind: z.enum(['document', 'note']),
      title: z.string(),
      note: z.string(),
      criteria: z.array(z.string()),
      effectiveOn: z.string(),
      expiresOn: z.string().nullable(),
      fileName: z.string().nullable(),
      createdAt: when,
    }),
  ),
});

export const personalDataSchema = z
  .object({
    exportedAt: when,
    account: accountSchema,
    directory: directorySchema,
    offerings: offeringsSchema,
    rooms: roomsSchema,
    agreements: agreementsSchema,
    cooperations: cooperationsSchema,
    planning: planningSchema,
    seal: sealSchema,
    activity: z.array(
      z.object({
        at: when,
        organizationId: z.uuid().nullable(),
        entityType: z.string(),
        entityId: z.uuid(),
        action: z.string(),
      }),
    ),
    emails: z.array(
      z.object({
        subject: z.string().nullable(),
        status: z.enum(['pending', 'sent', 'failed']),
        createdAt: when,
        processedAt: maybe,
      }),
    ),
  })
  .meta({
    id: 'PersonalData',
    description:
      'Everything stored about the signed-in person (DSGVO Art. 15 and 20), without secrets (no password hash, no tokens, no key hashes).',
  });

export const erasureResultSchema = z
  .object({
    outcome: z.enum(['account_erased', 'memberships_removed']),
    /** The name the person's records show from now on (only when the account was erased). */
    pseudonym: z.string().nullable(),
    removedFrom: z.array(z.object({ organizationId: z.uuid(), organizationName: z.string() })),
    /** How many memberships in other organisations the person keeps (their account stays). */
    otherMemberships: z.number().int(),
  })
  .meta({
    id: 'ErasureResult',
    example: {
      outcome: 'memberships_removed',
      pseudonym: null,
      removedFrom: [
        { organizationId: '00000000-0000-4000-8000-000000000001', organizationName: 'FZ Sonnenblume' },
      ],
      otherMemberships: 1,
    },
  });
