import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf, problems } from '../../http/context';
import {
  createTaskSchema,
  taskListQuerySchema,
  taskListSchema,
  taskParamsSchema,
  taskSchema,
  updateTaskSchema,
} from './task-schemas';
import { createTask, getTask, listTasks, updateTask } from './tasks';

const tags = ['Planning'];

/** Planning tasks of a municipality (its planners and instance admins). */
export const taskRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/planning/tasks',
    {
      schema: {
        tags,
        summary: 'The planning tasks of a municipality, open ones first by due date (planner)',
        querystring: taskListQuerySchema,
        response: { 200: taskListSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => listTasks(contextOf(request), request.query),
  );

  app.post(
    '/planning/tasks',
    {
      schema: {
        tags,
        summary: 'Create a planning task, e.g. from a gap (its key as source); owner from the Jugendamt',
        body: createTaskSchema,
        response: { 201: taskSchema, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await createTask(contextOf(request), request.body)),
  );

  app.get(
    '/planning/tasks/:id',
    {
      schema: {
        tags,
        summary: 'A planning task (planner of its municipality)',
        params: taskParamsSchema,
        response: { 200: taskSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => getTask(contextOf(request), request.params.id),
  );

  app.put(
    '/planning/tasks/:id',
    {
      schema: {
        tags,
        summary: 'Change a planning task: owner, due date, status… (send the version you read)',
        params: taskParamsSchema,
        body: updateTaskSchema,
        response: { 200: taskSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => updateTask(contextOf(request), request.params.id, request.body),
  );
};
