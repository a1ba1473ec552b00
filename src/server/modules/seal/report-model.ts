import type { SelfCheck } from './schemas';

/**
 * What the report PDF and the evidence bundle render (decision 017): the one self-check answer, plus the
 * re-submission checklist of the agreements that count as evidence. The checklist needs facts the self-check
 * does not carry (signed version, parties), read from the agreements module.
 */
export interface ChecklistEntry {
  agreementId: string;
  reference: string;
  title: string;
  /** The parties' organisation names, in their order on the agreement. */
  parties: string[];
  /** The version in force (signed), null when none is. */
  signedVersion: number | null;
  /** The last signature of that version, YYYY-MM-DD. */
  signedOn: string | null;
  startDate: string;
  endDate: string | null;
  /** Still in force on the re-certification's due date (the cycle's validUntil, else the at date). */
  validAtDue: boolean;
  /** The criteria the agreement counts for in this self-check. */
  criteria: string[];
}

export interface SealReport {
  selfCheck: SelfCheck;
  checklist: ChecklistEntry[];
  /** When the report was made (ISO instant). */
  generatedAt: string;
}

/** The date the checklist asks about: the due date of the cycle, or the at date when there is none. */
export function dueDateOf(selfCheck: SelfCheck): string {
  return selfCheck.cycle?.validUntil ?? selfCheck.at;
}

/** Still in force on `due`: started by then and not ended before it. */
export function validOn(due: string, startDate: string, endDate: string | null): boolean {
  return startDate <= due && (endDate === null || endDate >= due);
}
