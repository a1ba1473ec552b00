import { AppError } from '../../../http/errors';
import { signedIn, stateOfficeStates } from '../../../policy';
import type { ServiceContext } from '../../../service-context';
import { stateAggregatesAccess } from './state';

/**
 * The state whose aggregates the caller reads: the one asked for, else the state of the caller's (first)
 * Landesjugendamt (401 before anything; 400 when neither is there, e.g. an instance admin without `state`);
 * then the state-wide check of policy/state.ts (403 for everyone but that state's office and instance admins).
 */
export function stateOfAggregates(ctx: ServiceContext, asked: string | undefined): string {
  const state = asked ?? stateOfficeStates(signedIn(ctx))[0];
  if (!state) {
    throw new AppError('validation', {
      errors: [{ path: 'state', message: 'planning.stateAggregates.state' }],
    });
  }
  stateAggregatesAccess(ctx, state);
  return state;
}
