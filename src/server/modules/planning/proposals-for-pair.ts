import type { Executor } from '../../db/client';
import { proposalsOfPair } from './proposal-repo';

/**
 * What the cooperations module may know of the Jugendamt's proposals to a pair (decisions 014, 016): each
 * proposal's id, model, status and date — the cooperation page shows them in its timeline and offers the
 * open ones for an answer at /proposals/{id}. No message text: that is read through /proposals/{id}, whose
 * policy decides who sees it.
 */
export interface PairProposal {
  id: string;
  modelId: string | null;
  status: 'proposed' | 'accepted' | 'declined' | 'withdrawn';
  createdAt: Date;
  updatedAt: Date;
}

export async function proposalsForPair(
  db: Executor,
  centreId: string,
  partnerId: string,
): Promise<PairProposal[]> {
  const rows = await proposalsOfPair(db, centreId, partnerId);
  return rows.map((r) => ({
    id: r.id,
    modelId: r.modelId,
    status: r.status,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  }));
}
