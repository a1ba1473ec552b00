import type { Executor } from '../../db/client';
import { AppError, notFound } from '../../http/errors';
import { can, requireActor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { offeringRules } from './policy';
import * as repo from './repo';

/**
 * Loads an offering the actor may read; others get 404 on reads. Writes (`forWrite`) answer 403 instead:
 * the id is already known to the caller and the contents stay hidden either way.
 */
export async function readable(
  ctx: ServiceContext,
  id: string,
  forUpdate = false,
  db: Executor = ctx.db,
  forWrite = false,
) {
  requireActor(ctx.actor);
  const row = await repo.findOffering(db, id, forUpdate);
  if (!row) throw notFound();
  const ref = repo.refOf(row, await repo.organizersOf(db, [id]));
  if (!can(ctx.actor, offeringRules.read, ref)) throw forWrite ? new AppError('forbidden') : notFound();
  return { row, ref, actor: ctx.actor };
}
