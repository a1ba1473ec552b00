import type { Executor } from '../../db/client';
import { AppError, notFound } from '../../http/errors';
import { can, type Rule, requireActor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { type AgreementRef, agreementRules } from './policy';
import { refOf } from './present';
import { type LoadedAgreement, loadAgreement } from './repo';

/**
 * Loads an agreement for the actor. Outsiders get 404 (they learn nothing, not even that it exists);
 * readers without `rule` get 403.
 */
export async function loadFor(
  ctx: ServiceContext,
  db: Executor,
  id: string,
  rule: Rule<AgreementRef> = agreementRules.readMetadata,
  forUpdate = false,
): Promise<LoadedAgreement> {
  requireActor(ctx.actor);
  const loaded = await loadAgreement(db, id, forUpdate);
  if (!loaded) throw notFound();
  const ref = refOf(loaded);
  if (!can(ctx.actor, agreementRules.readMetadata, ref)) throw notFound();
  if (!can(ctx.actor, rule, ref)) throw new AppError('forbidden');
  return loaded;
}

/** 409 when the client edited an older state. */
export function assertVersion(current: number, sent: number): void {
  if (current !== sent) {
    throw new AppError('conflict', { detail: 'error.staleVersion.detail', params: { current } });
  }
}
