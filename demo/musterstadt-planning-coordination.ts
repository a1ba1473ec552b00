import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { and, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../src/server/db/client';
import { cooperationModels } from '../src/server/modules/cooperations/schema';
import {
  districtMessages,
  type PlanningProposalStatus,
  type PlanningTaskStatus,
  planningProposals,
  planningTasks,
} from '../src/server/modules/planning/schema';
import { fromProjectRoot } from '../src/server/paths';
import type { DemoKeys } from './musterstadt-cooperations';
import type { MusterstadtData } from './musterstadt-data';

/**
 * The Jugendamt's coordination in Musterstadt (issue 18 §6): tasks made from gaps (one done, one in progress,
 * one overdue), proposals of a cooperation model (one accepted, two open — one to Sonnenblume and the EB, so
 * the main demo accounts can answer it) and a message to the centres of Nordviertel. Dates are relative to
 * `now`; one multi-row insert per table inside the loader's transaction.
 */

interface CoordinationFile {
  tasks: {
    key: string;
    title: string;
    description: string;
    gap?: { kind: string; centre: string };
    district: string;
    organization?: string;
    owner?: string;
    dueInDays: number;
    status: PlanningTaskStatus;
    createdDaysAgo: number;
  }[];
  proposals: {
    task?: string;
    centre: string;
    partner: string;
    model: string;
    message: string;
    status: PlanningProposalStatus;
    createdDaysAgo: number;
    answeredDaysAgo?: number;
  }[];
  districtMessages: { district: string; subject: string; body: string; sentDaysAgo: number }[];
}

const DAY_MS = 86_400_000;
const PLANNER = 'planung@jugendamt-musterstadt.example';

function readCoordination(): CoordinationFile {
  // From the project folder: the same file under tsx and from the server bundle in dist/ (npm start).
  const file = fromProjectRoot('demo', 'musterstadt', 'planning-coordination.json');
  return JSON.parse(readFileSync(file, 'utf8')) as CoordinationFile;
}

function resolver(map: Map<string, string>, what: string) {
  return (key: string): string => {
    const id = map.get(key);
    if (!id) throw new Error(`demo/musterstadt planning: unresolved ${what} ${key}`);
    return id;
  };
}

export async function insertMusterstadtCoordination(
  tx: Executor,
  centres: MusterstadtData['familyCentres'],
  municipalityId: string,
  keys: DemoKeys,
  now: Date,
): Promise<void> {
  const data = readCoordination();
  const orgId = resolver(keys.orgIds, 'organisation');
  const userId = resolver(keys.userIds, 'account');
  const districtId = resolver(keys.districtIds, 'district');
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const dateIn = (days: number) => new Date(now.getTime() + days * DAY_MS).toISOString().slice(0, 10);
  const planner = userId(PLANNER);

  const taskIds = new Map<string, string>();
  await tx.insert(planningTasks).values(
    data.tasks.map((task) => {
      const id = randomUUID();
      taskIds.set(task.key, id);
      return {
        id,
        municipalityId,
        title: task.title,
        description: task.description,
        // The gap list's key (gaps module): the list shows "task exists" for it.
        source: task.gap ? `no-cooperation:${task.gap.kind}:centre:${orgId(task.gap.centre)}` : null,
        districtId: districtId(task.district),
        organizationId: task.organization ? orgId(task.organization) : null,
        ownerId: task.owner ? userId(task.owner) : null,
        dueOn: dateIn(task.dueInDays),
        status: task.status,
        createdBy: planner,
        version: task.status === 'open' ? 1 : 2,
        createdAt: daysAgo(task.createdDaysAgo),
        updatedAt: daysAgo(Math.max(task.createdDaysAgo - 7, 0)),
      };
    }),
  );

  const modelKeys = [...new Set(data.proposals.map((p) => p.model))];
  const models = await tx
    .select({ id: cooperationModels.id, key: cooperationModels.key })
    .from(cooperationModels)
    .where(and(inArray(cooperationModels.key, modelKeys), isNull(cooperationModels.municipalityId)));
  const modelId = resolver(new Map(models.map((m) => [m.key, m.id])), 'cooperation model');
  await tx.insert(planningProposals).values(
    data.proposals.map((p) => ({
      municipalityId,
      taskId: p.task ? resolver(taskIds, 'task')(p.task) : null,
      centreId: orgId(p.centre),
      partnerId: orgId(p.partner),
      modelId: modelId(p.model),
      message: p.message,
      status: p.status,
      createdBy: planner,
      version: p.status === 'proposed' ? 1 : 2,
      createdAt: daysAgo(p.createdDaysAgo),
      updatedAt: daysAgo(p.answeredDaysAgo ?? p.createdDaysAgo),
    })),
  );

  // The number of centres each message went to, as sending would have counted them.
  const centresPerDistrict = new Map<string, number>();
  for (const centre of centres) {
    centresPerDistrict.set(centre.district, (centresPerDistrict.get(centre.district) ?? 0) + 1);
  }
  await tx.insert(districtMessages).values(
    data.districtMessages.map((m) => ({
      municipalityId,
      districtId: districtId(m.district),
      subject: m.subject,
      body: m.body,
      recipientCount: centresPerDistrict.get(m.district) ?? 0,
      sentBy: planner,
      sentAt: daysAgo(m.sentDaysAgo),
    })),
  );
}
