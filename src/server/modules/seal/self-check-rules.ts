import { translate } from '../../http/i18n';
import type { Locale } from '../../http/i18n-types';
import type { LoadedEdition } from './edition-read';
import type { EvidenceItem, SelfCheck } from './schemas';
import type { EvidenceSources, Facility } from './self-check-sources';

/**
 * The evidence rules of the self-check (issue 19, brief "Evidence rules"): which items count for a criterion,
 * which only warn, and what is missing with its next step. Pure: the sources are read beforehand.
 */

type Criterion = LoadedEdition['criteria'][number];
type Warning = SelfCheck['warnings'][number];
type Missing = SelfCheck['missing'][number];

export interface RuleContext {
  locale: Locale;
  subjectId: string;
  facilities: Facility[];
  reviewYear: number;
  /** The cycle's due date: items ending before it are flagged. */
  validUntil: string | null;
  kindLabels: Map<string, { de: string; en: string }>;
}

const intersects = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

function facilityOf(rc: RuleContext, id: string): Facility {
  return rc.facilities.find((f) => f.id === id) ?? { id, name: '' };
}

function item(
  rc: RuleContext,
  fields: Omit<EvidenceItem, 'expiresBeforeDue' | 'facility'> & { facilityId: string },
) {
  const { facilityId, ...rest } = fields;
  const expiresBeforeDue = rc.validUntil !== null && rest.until !== null && rest.until < rc.validUntil;
  return { ...rest, facility: facilityOf(rc, facilityId), expiresBeforeDue };
}

/** Whether a partner counts for the criterion: any partner when it names no partner kinds. */
function partnerFits(sources: EvidenceSources, c: Criterion, partnerIds: readonly string[]): boolean {
  if (c.partnerKinds.length === 0) return partnerIds.length > 0;
  return partnerIds.some((id) => intersects(sources.kindsOf.get(id) ?? [], c.partnerKinds));
}

/** The items of one evidence kind that count for a criterion. */
function itemsOfKind(rc: RuleContext, s: EvidenceSources, c: Criterion, kind: Criterion['evidence'][number]) {
  switch (kind) {
    case 'offering':
      return s.offerings
        .filter((o) => o.criteria.includes(c.code) && o.sessionsInPeriod > 0)
        .map((o) =>
          item(rc, {
            kind: 'offering',
            id: o.id,
            title: o.title,
            facilityId: o.facilityId,
            from: o.firstInPeriod,
            // Offerings do not expire: the sessions in the period are the evidence.
            until: null,
            link: `/angebote/verwalten/${o.id}`,
            hasFile: false,
          }),
        );
    case 'agreement':
      return s.agreements
        .filter((a) => a.inForce && partnerFits(s, c, a.partnerIds))
        .map((a) =>
          item(rc, {
            kind: 'agreement',
            id: a.id,
            title: a.title,
            facilityId: a.facilityId,
            from: a.startDate,
            until: a.endDate,
            link: `/vereinbarungen/${a.id}`,
            hasFile: false,
          }),
        );
    case 'cooperation':
      return s.cooperations
        .filter((k) => partnerFits(s, c, [k.partnerId]))
        .map((k) =>
          item(rc, {
            kind: 'cooperation',
            id: k.id,
            title: k.partnerName,
            facilityId: k.centreId,
            from: k.since,
            until: null,
            link: `/kooperationen/${k.id}`,
            hasFile: false,
          }),
        );
    case 'room':
      return s.rooms.map((g) =>
        item(rc, {
          kind: 'room',
          id: g.id,
          title: translate(rc.locale, 'seal.selfCheck.roomTitle', {
            room: g.roomName,
            partner: g.partnerName,
          }),
          facilityId: g.facilityId,
          from: g.since,
          until: g.validUntil,
          link: '/raeume',
          hasFile: false,
        }),
      );
    case 'document':
      return s.manual
        .filter((m) => m.criteria.includes(c.code))
        .map((m) =>
          item(rc, {
            kind: m.kind,
            id: m.id,
            title: m.title,
            facilityId: m.organizationId,
            from: m.effectiveOn,
            until: m.expiresOn,
            link: `/guetesiegel?centre=${rc.subjectId}`,
            hasFile: m.hasFile,
          }),
        );
  }
}

/** The evidence of a criterion, each item once (an agreement of two member centres shows at the first). */
export function evidenceFor(rc: RuleContext, s: EvidenceSources, c: Criterion): EvidenceItem[] {
  const seen = new Set<string>();
  return c.evidence
    .flatMap((kind) => itemsOfKind(rc, s, c, kind))
    .filter((e) => !seen.has(e.id) && seen.add(e.id));
}

/** Collects warnings by subject matter, each listing every criterion it concerns. */
export class Warnings {
  private readonly byKey = new Map<string, Warning>();
  add(key: string, warning: Omit<Warning, 'criteria'>, code: string | null): void {
    const existing = this.byKey.get(key) ?? { ...warning, criteria: [] };
    if (code && !existing.criteria.includes(code)) existing.criteria.push(code);
    this.byKey.set(key, existing);
  }
  list(): Warning[] {
    return [...this.byKey.values()];
  }
}

/** Warnings from the evidence of one criterion: ended agreements, offerings outside the period, early ends. */
export function warnAbout(
  rc: RuleContext,
  s: EvidenceSources,
  c: Criterion,
  evidence: EvidenceItem[],
  w: Warnings,
): void {
  const t = (key: Parameters<typeof translate>[1], params: Record<string, string | number>) =>
    translate(rc.locale, key, params);
  if (c.evidence.includes('agreement')) {
    for (const a of s.agreements.filter((x) => x.ended && partnerFits(s, c, x.partnerIds))) {
      const message = t('seal.selfCheck.warning.agreementEnded', {
        title: a.title,
        date: germanOr(rc, a.endDate),
      });
      w.add(`ended:${a.id}`, { kind: 'agreementEnded', message, link: `/vereinbarungen/${a.id}` }, c.code);
    }
  }
  if (c.evidence.includes('offering')) {
    const outside = s.offerings.filter(
      (o) => o.criteria.includes(c.code) && o.sessionsInPeriod === 0 && o.sessionsOutside > 0,
    );
    for (const o of outside) {
      const message = t('seal.selfCheck.warning.offeringOutsidePeriod', {
        title: o.title,
        year: rc.reviewYear,
      });
      w.add(
        `outside:${o.id}`,
        { kind: 'offeringOutsidePeriod', message, link: `/angebote/verwalten/${o.id}` },
        c.code,
      );
    }
  }
  for (const e of evidence.filter((x) => x.expiresBeforeDue)) {
    const message = t('seal.selfCheck.warning.expiresBeforeDue', {
      title: e.title,
      date: germanOr(rc, e.until),
      due: germanOr(rc, rc.validUntil),
    });
    w.add(`expires:${e.id}`, { kind: 'expiresBeforeDue', message, link: e.link }, c.code);
  }
}

/** A date as the caller reads it: 31.12.2026 in German, 2026-12-31 in English. */
export function germanOr(rc: Pick<RuleContext, 'locale'>, isoDate: string | null): string {
  if (!isoDate) return '';
  if (rc.locale !== 'de') return isoDate;
  const [y, m, d] = isoDate.split('-');
  return `${d}.${m}.${y}`;
}

function kindsText(rc: RuleContext, keys: readonly string[]): string {
  const labels = keys.map((k) => rc.kindLabels.get(k)?.[rc.locale] ?? k);
  return labels.join(translate(rc.locale, 'seal.selfCheck.or'));
}

/** What is missing for an unmet criterion, with the next step for its first evidence kind. */
export function missingOf(rc: RuleContext, c: Criterion): Missing {
  const t = (key: Parameters<typeof translate>[1], params: Record<string, string | number> = {}) =>
    translate(rc.locale, key, params);
  const kinds = kindsText(rc, c.partnerKinds);
  const withKinds = c.partnerKinds.length > 0;
  const base = { area: c.area, code: c.code };
  switch (c.evidence[0]) {
    case 'offering':
      return {
        ...base,
        message: t('seal.selfCheck.missing.offering', { code: c.code, year: rc.reviewYear }),
        step: t('seal.selfCheck.step.offering', { code: c.code }),
        link: '/angebote/verwalten',
      };
    case 'agreement':
      return {
        ...base,
        message: withKinds
          ? t('seal.selfCheck.missing.agreementKinds', { kinds })
          : t('seal.selfCheck.missing.agreement'),
        step: t('seal.selfCheck.step.agreement'),
        link: '/vereinbarungen/neu',
      };
    case 'cooperation':
      return {
        ...base,
        message: withKinds
          ? t('seal.selfCheck.missing.cooperationKinds', { kinds })
          : t('seal.selfCheck.missing.cooperation'),
        step: withKinds
          ? t('seal.selfCheck.step.cooperationKinds', { kinds })
          : t('seal.selfCheck.step.cooperation'),
        link: withKinds ? `/partner?kind=${encodeURIComponent(c.partnerKinds[0] ?? '')}` : '/partner',
      };
    case 'room':
      return {
        ...base,
        message: t('seal.selfCheck.missing.room'),
        step: t('seal.selfCheck.step.room'),
        link: '/raeume',
      };
    default:
      return {
        ...base,
        message: t('seal.selfCheck.missing.document', { code: c.code }),
        step: t('seal.selfCheck.step.document'),
        link: `/guetesiegel?centre=${rc.subjectId}#nachweise`,
      };
  }
}
