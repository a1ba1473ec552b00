import { z } from 'zod';
import { listQuerySchema } from '../../http/pagination';

/** Developing an offering together: the co-organisers' consents and their comment thread. */

export const consentInputSchema = z.object({
  organizationId: z
    .uuid()
    .optional()
    .meta({ description: 'For which co-organiser; needed only when the actor belongs to several' }),
  round: z
    .number()
    .int()
    .positive()
    .meta({ description: 'The consent round read (the version of the terms); 409 if a newer one began' }),
});

const consentSchema = z.object({
  organizationId: z.uuid(),
  organizationName: z.string(),
  consentedAt: z.date().nullable(),
  consentedByName: z.string().nullable(),
});

export const consentsSchema = z.object({
  round: z.number().int(),
  complete: z.boolean(),
  items: z.array(consentSchema.extend({ isLead: z.boolean() })),
  history: z.array(consentSchema.extend({ round: z.number().int(), consentedAt: z.date() })),
});

export const commentSchema = z.object({
  id: z.uuid(),
  body: z.string(),
  authorName: z.string().nullable(),
  organizationId: z.uuid().nullable(),
  organizationName: z.string().nullable(),
  createdAt: z.date(),
});
export const createCommentSchema = z.object({
  body: z.string().trim().min(1, 'validation.notBlank').max(4000),
});
export const commentListQuerySchema = listQuerySchema;
