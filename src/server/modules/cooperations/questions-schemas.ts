import { z } from 'zod';

/** Request and response schemas of an organisation's own assessment questions. */

export const questionKindSchema = z.enum(['scale', 'text']).meta({
  description: 'scale: 1 (not at all) … 5 (fully); text: an answer in words',
});

export const questionSchema = z.object({
  id: z.uuid(),
  kind: questionKindSchema,
  label: z.string(),
  hint: z.string().nullable(),
  position: z.number().int(),
  /** Set when the question is no longer asked; old revisions keep their answers. */
  archivedAt: z.iso.datetime({ offset: true }).nullable(),
});

export const questionsSchema = z
  .object({
    organization: z.object({ id: z.uuid(), name: z.string() }),
    /** The questions now asked, in order. */
    items: z.array(questionSchema),
    /** Send it back with a change: a change made meanwhile by someone else answers 409. */
    version: z.string(),
    permissions: z.object({ update: z.boolean() }),
  })
  .meta({ id: 'AssessmentQuestions' });

export const updateQuestionsSchema = z
  .object({
    version: z.string().max(100),
    questions: z
      .array(
        z.object({
          /** An existing question (keeps its answers); without it a new question is added. */
          id: z.uuid().optional(),
          kind: questionKindSchema,
          label: z.string().trim().min(1, 'validation.notBlank').max(300),
          hint: z.string().trim().max(1000).nullable().optional(),
          position: z.number().int().min(0).max(1000).optional(),
        }),
      )
      .max(50),
  })
  .meta({
    description:
      'The full list of questions to ask; questions left out are archived (old assessments keep their answers)',
    example: {
      version: '5f1c0a2b9e3d4c7a',
      questions: [
        { kind: 'scale', label: 'Passt der Termin zu unseren Öffnungszeiten?', position: 0 },
        { kind: 'text', label: 'Welche Sprachen braucht es?', hint: 'z. B. Türkisch, Arabisch', position: 1 },
      ],
    },
  });
export type UpdateQuestionsInput = z.infer<typeof updateQuestionsSchema>;

export const organizationParamsSchema = z.object({ id: z.uuid() });
