import type { Executor } from '../../db/client';
import { AppError } from '../../http/errors';
import { translate } from '../../http/i18n';
import type { Locale } from '../../http/i18n-types';
import type { Actor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { addMonths, todayInBerlin } from '../agreements/lifecycle';
import { currentEditionId, type LoadedEdition, loadEdition } from './edition-read';
import {
  findSubject,
  loadSubject,
  type SealSubjectRow,
  type SubjectAction,
  subjectPermissions,
  subjectRefOf,
} from './policy/subject';
import type { SelfCheck } from './schemas';
import { evidenceFor, germanOr, missingOf, type RuleContext, Warnings, warnAbout } from './self-check-rules';
import {
  type CheckedSubject,
  checkedSubjectOf,
  evidenceSourcesOf,
  partnerKindLabels,
} from './self-check-sources';

/**
 * The self-check of a centre or Verbund (issue 19 §4, decision 017): each criterion of its cycle's edition met
 * with its evidence or not, each area's minimum counts, warnings and what is missing. The web page, the report
 * PDF and the bundle all render this one answer.
 */

export interface SelfCheckOptions {
  /** The day agreements, cooperations, rooms and manual evidence are checked at; today (Berlin) by default. */
  at?: string | undefined;
  locale: Locale;
  /** What the caller wants to do with it: reading (default) or downloading the bundle. */
  action?: Extract<SubjectAction, 'read' | 'downloadBundle'>;
}

/** The self-check for whoever may read the subject (401/403/404 from the subject's policy). */
export async function selfCheckOf(
  ctx: ServiceContext,
  subjectId: string,
  options: SelfCheckOptions,
): Promise<SelfCheck> {
  const { row, actor } = await loadSubject(ctx, subjectId, options.action ?? 'read');
  return computeSelfCheck(ctx.db, row, actor, options);
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

async function editionOf(db: Executor, subject: CheckedSubject): Promise<LoadedEdition> {
  const id = subject.cycle?.editionId ?? (await currentEditionId(db));
  const edition = id ? await loadEdition(db, id) : undefined;
  if (!edition) throw new AppError('not_found', { detail: 'seal.selfCheck.error.noEdition' });
  return edition;
}

/**
 * The self-check without an access decision: for callers that have made it (the route above, the report)
 * and for jobs and tests acting on their own authority (`actor` null: no permissions).
 */
export async function computeSelfCheck(
  db: Executor,
  row: SealSubjectRow,
  actor: Actor | null,
  options: SelfCheckOptions,
): Promise<SelfCheck> {
  const today = todayInBerlin();
  const at = options.at ?? today;
  const subject = await checkedSubjectOf(db, row);
  const { cycle } = subject;
  const edition = await editionOf(db, subject);
  const year = cycle?.reviewYear ?? Number(today.slice(0, 4));
  const reviewPeriod = { year, from: `${year}-01-01`, to: `${year}-12-31` };
  const facilityIds = subject.facilities.map((f) => f.id);
  const [sources, kindLabels, ref] = await Promise.all([
    evidenceSourcesOf(db, facilityIds, reviewPeriod, at, cycle?.certifiedOn ?? reviewPeriod.from),
    partnerKindLabels(db),
    subjectRefOfShown(db, row, subject.id),
  ]);
  const rc: RuleContext = {
    locale: options.locale,
    subjectId: subject.id,
    facilities: subject.facilities,
    reviewYear: year,
    validUntil: cycle?.validUntil ?? null,
    kindLabels,
  };
  const warnings = new Warnings();
  const missing: SelfCheck['missing'] = [];
  const areas = edition.areas.map((area) => {
    const criteria = edition.criteria
      .filter((c) => c.area === area.number)
      .map((c) => {
        const evidence = evidenceFor(rc, sources, c);
        warnAbout(rc, sources, c, evidence, warnings);
        if (evidence.length === 0) missing.push(missingOf(rc, c));
        const { editionId: _e, position: _p, ...fields } = c;
        return { ...fields, met: evidence.length > 0, evidence };
      });
    const basicMet = criteria.filter((c) => c.met && c.kind === 'basic').length;
    const advancedMet = criteria.filter((c) => c.met && c.kind === 'advanced').length;
    const { editionId: _e, ...fields } = area;
    const met = basicMet >= area.minBasic && advancedMet >= area.minAdvanced;
    return { ...fields, basicMet, advancedMet, met, criteria };
  });
  const criteria = areas.flatMap((a) => a.criteria);
  return {
    subject: { id: subject.id, name: subject.name, type: subject.type, facilities: subject.facilities },
    cycle: cycle && {
      id: cycle.id,
      organizationId: cycle.organizationId,
      edition: cycle.edition,
      certifiedOn: cycle.certifiedOn,
      validUntil: cycle.validUntil,
      reviewYear: cycle.reviewYear,
      note: cycle.note,
      version: cycle.version,
    },
    edition: { id: edition.edition.id, key: edition.edition.key, title: edition.edition.title },
    reviewPeriod,
    at,
    areas,
    warnings: [...dueWarnings(options.locale, subject, at), ...warnings.list()],
    missing,
    summary: {
      areasMet: areas.filter((a) => a.met).length,
      areas: areas.length,
      criteriaMet: criteria.filter((c) => c.met).length,
      criteria: criteria.length,
    },
    // The permissions are those on the subject shown: a centre checked within its Verbund shows the Verbund's cycle.
    permissions: subjectPermissions(actor, ref),
  };
}

async function subjectRefOfShown(db: Executor, row: SealSubjectRow, shownId: string) {
  const shown = shownId === row.id ? row : ((await findSubject(db, shownId)) ?? row);
  return subjectRefOf(db, shown);
}

/** The re-certification is overdue, or due within the next 12 months (when the reminders start). */
function dueWarnings(locale: Locale, subject: CheckedSubject, at: string): SelfCheck['warnings'] {
  const due = subject.cycle?.validUntil;
  if (!due || due > addMonths(at, 12)) return [];
  const link = `/guetesiegel?centre=${subject.id}`;
  const date = germanOr({ locale }, due);
  if (due < at) {
    return [
      {
        kind: 'overdue',
        message: translate(locale, 'seal.selfCheck.warning.overdue', { due: date }),
        criteria: [],
        link,
      },
    ];
  }
  const days = daysBetween(at, due);
  const message = translate(locale, 'seal.selfCheck.warning.dueSoon', { due: date, days });
  return [{ kind: 'dueSoon', message, criteria: [], link }];
}
