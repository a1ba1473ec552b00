import { z } from 'zod';
import { listQuerySchema } from '../../http/pagination';
import { municipalityQuerySchema } from './schemas';

/** Request and response shapes of messages to all family centres of a district (issue 18 §6). */

export const districtMessageListQuerySchema = municipalityQuerySchema.extend(listQuerySchema.shape);
export type DistrictMessageListQuery = z.infer<typeof districtMessageListQuerySchema>;

export const createDistrictMessageSchema = z
  .object({
    municipalityId: z.uuid(),
    districtId: z.uuid(),
    subject: z.string().trim().min(1, 'validation.notBlank').max(200),
    body: z.string().trim().min(1, 'validation.notBlank').max(10000),
  })
  .meta({
    description:
      'A message to the leads of all family centres of a district, sent by e-mail (outbox); kept with the number of centres',
    example: {
      municipalityId: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
      districtId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      subject: 'Sozialraumkonferenz Nordviertel am 12. März',
      body: 'Liebe Leitungen, wir laden Sie herzlich zur Sozialraumkonferenz ein …',
    },
  });
export type CreateDistrictMessageInput = z.infer<typeof createDistrictMessageSchema>;

export const districtMessageSchema = z.object({
  id: z.uuid(),
  municipalityId: z.uuid(),
  district: z.object({ id: z.uuid(), name: z.string() }),
  subject: z.string(),
  body: z.string(),
  /** How many family centres it went to (the addresses are not kept). */
  recipientCount: z.number().int(),
  sentAt: z.string(),
});

export const districtMessageListSchema = z.object({
  items: z.array(districtMessageSchema),
  nextCursor: z.string().nullable(),
});
