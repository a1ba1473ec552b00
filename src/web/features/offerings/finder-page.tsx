import './offerings.css';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/fields';
import { Page } from '../../components/page';
import { Loading, ProblemAlert } from '../../components/problem-alert';
import {
  formatAges,
  formatDateTime,
  formatFee,
  formatKm,
  formatRunBy,
  labelOf,
  languageName,
} from './format';
import { toPublicQuery, usePublicOptions, usePublicSearch } from './public-queries';
import {
  defaultRadius,
  type FinderSearchParams,
  maxAge,
  radiusChoices,
  rememberFinderSearch,
} from './search-params';
import { offeringFormats, type PublicOfferingSummary, targetGroupKeys } from './types';

// The public finder for families: no sign-in, light on JavaScript (native selects, no combobox), works at 375 px.
// It is the first page many families open, often on a cheap phone: plain elements styled like Mantine's components
// (controls.css, offerings.css), so that no Mantine component code is in its JavaScript (bench/web-bundle.ts).

const route = getRouteApi('/angebote');

function useSearchUpdate() {
  const navigate = route.useNavigate();
  return (patch: Partial<FinderSearchParams>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });
}

function QueryForm({ params }: { params: FinderSearchParams }) {
  const { t } = useTranslation();
  const update = useSearchUpdate();
  const [q, setQ] = useState(params.q ?? '');
  const [postcode, setPostcode] = useState(params.postcode ?? '');
  const [postcodeError, setPostcodeError] = useState<string | null>(null);
  useEffect(() => setQ(params.q ?? ''), [params.q]);
  useEffect(() => setPostcode(params.postcode ?? ''), [params.postcode]);
  return (
    <search>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const code = postcode.trim();
          if (code && !/^\d{5}$/.test(code)) {
            setPostcodeError(t('offerings.finder.postcodeInvalid'));
            return;
          }
          setPostcodeError(null);
          update({ q: q.trim() || undefined, postcode: code || undefined });
        }}
      >
        <div className="finder-query">
          <TextField
            className="finder-query-text"
            label={t('offerings.finder.query')}
            placeholder={t('offerings.finder.queryPlaceholder')}
            type="search"
            maxLength={200}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
          />
          <TextField
            className="finder-query-postcode"
            label={t('offerings.finder.postcode')}
            description={t('offerings.finder.postcodeHint')}
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={5}
            value={postcode}
            error={postcodeError}
            onChange={(event) => setPostcode(event.currentTarget.value)}
          />
          <button type="submit" className="button">
            {t('offerings.finder.submit')}
          </button>
        </div>
      </form>
    </search>
  );
}

function Filters({ params }: { params: FinderSearchParams }) {
  const { t } = useTranslation();
  const update = useSearchUpdate();
  const options = usePublicOptions();
  const choose = (value: string) => (value ? value : undefined);
  const active = [
    params.targetGroup,
    params.age,
    params.language,
    params.districtId,
    params.format,
    params.from,
    params.to,
    params.radius,
  ].filter((value) => value !== undefined).length;
  // On a phone eight filters would push the results off the first screens: they fold away behind a button
  // there (CSS decides what is a phone, so nothing jumps while scripts load).
  const [open, setOpen] = useState(false);
  return (
    <section
      aria-labelledby="finder-filters-heading"
      className="finder-filters"
      data-open={open || undefined}
    >
      <div className="finder-filters-header">
        <h2 className="title-h4" id="finder-filters-heading">
          {t('offerings.finder.filtersHeading')}
        </h2>
        <button
          type="button"
          className="button finder-filters-toggle"
          data-variant="default"
          data-size="compact-sm"
          aria-expanded={open}
          aria-controls="finder-filters"
          onClick={() => setOpen((value) => !value)}
        >
          {open
            ? t('offerings.finder.hideFilters')
            : active > 0
              ? t('offerings.finder.showActiveFilters', { count: active })
              : t('offerings.finder.showFilters')}
        </button>
      </div>
      <div id="finder-filters" className="finder-filters-body">
        <div className="finder-filter-grid">
          <SelectField
            label={t('offerings.finder.targetGroup')}
            value={params.targetGroup ?? ''}
            onChange={(event) =>
              update({ targetGroup: targetGroupKeys.find((key) => key === event.currentTarget.value) })
            }
            options={[
              { value: '', label: t('offerings.finder.allTargetGroups') },
              ...targetGroupKeys.map((key) => ({ value: key, label: t(`directory.targetGroup.${key}`) })),
            ]}
          />
          <SelectField
            label={t('offerings.finder.age')}
            value={params.age === undefined ? '' : String(params.age)}
            onChange={(event) => {
              const value = event.currentTarget.value;
              update({ age: value === '' ? undefined : Number(value) });
            }}
            options={[
              { value: '', label: t('offerings.finder.anyAge') },
              { value: '0', label: t('offerings.finder.ageUnderOne') },
              ...Array.from({ length: maxAge }, (_, i) => ({
                value: String(i + 1),
                label: t('offerings.finder.ageYears', { count: i + 1 }),
              })),
            ]}
          />
          <SelectField
            label={t('offerings.finder.format')}
            value={params.format ?? ''}
            onChange={(event) =>
              update({ format: offeringFormats.find((key) => key === event.currentTarget.value) })
            }
            options={[
              { value: '', label: t('offerings.finder.allFormats') },
              ...offeringFormats.map((key) => ({ value: key, label: t(`offerings.format.${key}`) })),
            ]}
          />
          <SelectField
            label={t('offerings.finder.language')}
            value={params.language ?? ''}
            onChange={(event) => update({ language: choose(event.currentTarget.value) })}
            options={[
              { value: '', label: t('offerings.finder.allLanguages') },
              ...(options.data?.languages ?? (params.language ? [params.language] : [])).map((code) => ({
                value: code,
                label: languageName(code),
              })),
            ]}
          />
          <SelectField
            label={t('offerings.finder.district')}
            value={params.districtId ?? ''}
            onChange={(event) => update({ districtId: choose(event.currentTarget.value) })}
            options={[
              { value: '', label: t('offerings.finder.allDistricts') },
              ...(options.data?.districts ?? []).map((district) => ({
                value: district.id,
                label: district.name,
              })),
            ]}
          />
          <SelectField
            label={t('offerings.finder.radius')}
            value={params.radius ?? defaultRadius}
            disabled={!params.postcode}
            onChange={(event) => {
              const value = event.currentTarget.value;
              update({ radius: value === defaultRadius ? undefined : value });
            }}
            options={[
              ...radiusChoices.map((km) => ({ value: km, label: t('offerings.finder.withinKm', { km }) })),
              { value: 'all', label: t('offerings.finder.anyDistance') },
            ]}
          />
          <TextField
            type="date"
            label={t('offerings.finder.from')}
            value={params.from ?? ''}
            onChange={(event) => update({ from: choose(event.currentTarget.value) })}
          />
          <TextField
            type="date"
            label={t('offerings.finder.to')}
            value={params.to ?? ''}
            min={params.from}
            onChange={(event) => update({ to: choose(event.currentTarget.value) })}
          />
        </div>
        <div>
          <button
            type="button"
            className="button"
            data-variant="default"
            onClick={() =>
              update({
                targetGroup: undefined,
                age: undefined,
                language: undefined,
                districtId: undefined,
                format: undefined,
                from: undefined,
                to: undefined,
                radius: undefined,
              })
            }
          >
            {t('offerings.finder.reset')}
          </button>
        </div>
      </div>
    </section>
  );
}

function ResultItem({ item }: { item: PublicOfferingSummary }) {
  const { t } = useTranslation();
  const ages = formatAges(t, item.ageFrom, item.ageTo);
  const place = [
    item.place.name,
    item.place.street,
    [item.place.postalCode, item.place.city].join(' ').trim(),
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <li className="finder-result">
      <article aria-labelledby={`offering-${item.id}`} className="finder-result-body">
        <p className="text-sm finder-result-kind">
          {labelOf(t, 'offerings.format', item.format)}
          {ages ? ` · ${ages}` : ''}
        </p>
        <h3 id={`offering-${item.id}`} className="title-h4 finder-result-title">
          <Link to="/angebote/$id" params={{ id: item.id }} className="finder-result-link">
            {item.title}
          </Link>
        </h3>
        {item.summary && <p className="text finder-result-summary">{item.summary}</p>}
        <p className="text finder-result-date">
          {item.nextSessionAt
            ? t('offerings.finder.nextDate', { date: formatDateTime(item.nextSessionAt) })
            : t('offerings.finder.noDate')}
        </p>
        {(place || item.distanceKm !== null) && (
          <p className="text-sm">
            {place}
            {item.distanceKm !== null &&
              ` (${t('offerings.finder.distance', { distance: formatKm(item.distanceKm) })})`}
          </p>
        )}
        <p className="text-sm">
          {formatFee(t, item.feeCents)}
          {item.languages.length > 0 && ` · ${item.languages.map(languageName).join(', ')}`}
        </p>
        <p className="text-sm text-dimmed">{formatRunBy(t, item.runBy)}</p>
      </article>
    </li>
  );
}

function Results({ params }: { params: FinderSearchParams }) {
  const { t } = useTranslation();
  const search = usePublicSearch(toPublicQuery(params));
  const pages = search.data?.pages ?? [];
  const items = pages.flatMap((page) => page.items);
  const origin = pages[0]?.origin ?? null;
  const isSimilar = pages[0]?.textMatch === 'similar' && items.length > 0;
  if (search.isPending) return <Loading />;
  if (search.isError && items.length === 0)
    return <ProblemAlert error={search.error} onRetry={() => void search.refetch()} />;
  return (
    <section aria-labelledby="finder-results-heading" className="finder-results-section">
      <h2 className="title-h4" id="finder-results-heading">
        {t('offerings.finder.results')}
      </h2>
      <p role="status" aria-live="polite" className="text-sm">
        {search.hasNextPage
          ? t('offerings.finder.resultsMore', { count: items.length })
          : t('offerings.finder.resultsCount', { count: items.length })}
        {origin && ` · ${t('offerings.finder.origin', { name: origin.name, postcode: origin.postcode })}`}
        {isSimilar && ` · ${t('offerings.finder.similar', { query: params.q })}`}
      </p>
      {items.length === 0 ? (
        <p className="text">{t('offerings.finder.none')}</p>
      ) : (
        <ul className="finder-results" aria-labelledby="finder-results-heading">
          {items.map((item) => (
            <ResultItem key={item.id} item={item} />
          ))}
        </ul>
      )}
      {search.isError && <ProblemAlert error={search.error} onRetry={() => void search.fetchNextPage()} />}
      {search.hasNextPage && (
        <div>
          <button
            type="button"
            className="button"
            data-variant="default"
            aria-busy={search.isFetchingNextPage || undefined}
            aria-disabled={search.isFetchingNextPage || undefined}
            onClick={() => {
              if (!search.isFetchingNextPage) void search.fetchNextPage();
            }}
          >
            {search.isFetchingNextPage && <span className="loader" aria-hidden="true" />}
            {t('offerings.finder.more')}
          </button>
        </div>
      )}
    </section>
  );
}

export function FinderPage() {
  const { t } = useTranslation();
  const params = route.useSearch();
  useEffect(() => rememberFinderSearch(params), [params]);
  return (
    <Page title={t('offerings.finder.title')}>
      <p className="text-lg finder-intro">{t('offerings.finder.intro')}</p>
      <div className="finder-panel">
        <QueryForm params={params} />
        <Filters params={params} />
      </div>
      <Results params={params} />
    </Page>
  );
}
