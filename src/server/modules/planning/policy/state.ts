import { type Actor, allow } from '../../../policy';
import type { ServiceContext } from '../../../service-context';
import { stateRules } from './municipality';

/**
 * The state-wide aggregates (one row per municipality, nothing per district or organisation): 401, 403
 * for everyone but the state's Landesjugendamt and instance admins.
 */
export function stateAggregatesAccess(ctx: ServiceContext, state: string): Actor {
  return allow(ctx, stateRules.readAggregates, { state });
}
