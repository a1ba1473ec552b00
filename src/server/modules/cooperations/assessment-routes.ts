import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf, problems } from '../../http/context';
import {
  assessmentListQuerySchema,
  assessmentListSchema,
  assessmentParamsSchema,
  assessmentSchema,
  createAssessmentSchema,
  updateAssessmentSchema,
} from './assessment-schemas';
import * as assessments from './assessments';
import { capacityWarningsField } from './capacity-warnings';
import * as questions from './questions';
import { organizationParamsSchema, questionsSchema, updateQuestionsSchema } from './questions-schemas';

const tags = ['Assessments'];

/**
 * Each side's private assessment of a cooperation (issue 17 §3): readable only by the assessing organisation's
 * members, not by planners or instance admins; the other side sees the decision and hours while shared.
 */
export const assessmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/assessments',
    {
      schema: {
        tags,
        summary: "My organisations' assessments (only my own organisations', whoever I am)",
        querystring: assessmentListQuerySchema,
        response: { 200: assessmentListSchema, ...problems(400, 401) },
      },
    },
    async (request) => assessments.listAssessments(contextOf(request), request.query),
  );

  app.post(
    '/assessments',
    {
      schema: {
        tags,
        summary:
          "Start my organisation's assessment of a cooperation (409 naming the existing one when it has one)",
        body: createAssessmentSchema,
        response: {
          201: assessmentSchema.extend(capacityWarningsField),
          ...problems(400, 401, 403, 409, 422),
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await assessments.createAssessment(contextOf(request), request.body)),
  );

  app.get(
    '/assessments/:id',
    {
      schema: {
        tags,
        summary: 'An assessment with its history and questions (members of the assessing organisation only)',
        params: assessmentParamsSchema,
        response: { 200: assessmentSchema, ...problems(401, 404) },
      },
    },
    async (request) => assessments.getAssessment(contextOf(request), request.params.id),
  );

  app.put(
    '/assessments/:id',
    {
      schema: {
        tags,
        summary:
          'Save a new revision (send the version you read); the decision and sharing need a lead or admin',
        params: assessmentParamsSchema,
        body: updateAssessmentSchema,
        response: {
          200: assessmentSchema.extend(capacityWarningsField),
          ...problems(400, 401, 403, 404, 409, 422),
        },
      },
    },
    async (request) => assessments.updateAssessment(contextOf(request), request.params.id, request.body),
  );

  app.get(
    '/organizations/:id/assessment-questions',
    {
      schema: {
        tags,
        summary: "The organisation's own assessment questions (its members)",
        params: organizationParamsSchema,
        response: { 200: questionsSchema, ...problems(401, 404) },
      },
    },
    async (request) => questions.getQuestions(contextOf(request), request.params.id),
  );

  app.put(
    '/organizations/:id/assessment-questions',
    {
      schema: {
        tags,
        summary: 'Change the questions (lead or admin); questions left out are archived, answers stay',
        params: organizationParamsSchema,
        body: updateQuestionsSchema,
        response: { 200: questionsSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => questions.updateQuestions(contextOf(request), request.params.id, request.body),
  );
};
