import type { FastifyReply } from 'fastify';
import { AppError } from '../errors';
import type { CounterStore } from './counter-store';

export interface FailureLimit {
  attempts: number;
  windowMs: number;
}

/**
 * Counts failed credential checks per subject (an e-mail address, a client IP). After `attempts`
 * failures within `windowMs` the subject is locked for `windowMs` from the last failure; a success
 * resets the count.
 */
export class FailureCounter {
  constructor(
    private readonly store: CounterStore,
    private readonly name: string,
    readonly limit: FailureLimit,
  ) {}

  /** Milliseconds until the subject may try again; 0 while it is not locked. */
  async lockedForMs(subject: string): Promise<number> {
    const { count, ttlMs } = await this.store.read(this.keyOf(subject));
    return count >= this.limit.attempts ? Math.max(ttlMs, 1) : 0;
  }

  async recordFailure(subject: string): Promise<void> {
    const key = this.keyOf(subject);
    const { count } = await this.store.increment(key, this.limit.windowMs);
    if (count >= this.limit.attempts) await this.store.expireIn(key, this.limit.windowMs);
  }

  async reset(subject: string): Promise<void> {
    await this.store.delete(this.keyOf(subject));
  }

  private keyOf(subject: string) {
    return `${this.name}:${subject}`;
  }
}

/** The 429 for a locked subject, with Retry-After. */
export function lockedError(reply: FastifyReply, lockedForMs: number, detail?: 'error.accountLocked') {
  const seconds = Math.ceil(lockedForMs / 1000);
  reply.header('retry-after', seconds);
  return new AppError('too_many_requests', {
    ...(detail && { detail }),
    params: { seconds, minutes: Math.ceil(seconds / 60) },
  });
}
