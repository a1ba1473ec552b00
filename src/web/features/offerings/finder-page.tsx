import './offerings.css';
import { Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
// Its panel and filter grid are plain CSS (offerings.css) rather than Paper and SimpleGrid, whose responsive columns
// and padding are computed in JavaScript.

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
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('offerings.finder.query')}
            placeholder={t('offerings.finder.queryPlaceholder')}
            type="search"
            maxLength={200}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            style={{ flex: '2 1 14rem' }}
          />
          <TextInput
            label={t('offerings.finder.postcode')}
            description={t('offerings.finder.postcodeHint')}
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={5}
            value={postcode}
            error={postcodeError}
            onChange={(event) => setPostcode(event.currentTarget.value)}
            style={{ flex: '1 1 9rem' }}
          />
          <Button type="submit">{t('offerings.finder.submit')}</Button>
        </Group>
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
      <Group justify="space-between" gap="xs" mb="sm">
        <Title order={2} size="h4" id="finder-filters-heading">
          {t('offerings.finder.filtersHeading')}
        </Title>
        <Button
          variant="default"
          size="compact-sm"
          className="finder-filters-toggle"
          aria-expanded={open}
          aria-controls="finder-filters"
          onClick={() => setOpen((value) => !value)}
        >
          {open
            ? t('offerings.finder.hideFilters')
            : active > 0
              ? t('offerings.finder.showActiveFilters', { count: active })
              : t('offerings.finder.showFilters')}
        </Button>
      </Group>
      <Stack gap="sm" id="finder-filters" className="finder-filters-body">
        <div className="finder-filter-grid">
          <NativeSelect
            label={t('offerings.finder.targetGroup')}
            value={params.targetGroup ?? ''}
            onChange={(event) =>
              update({ targetGroup: targetGroupKeys.find((key) => key === event.currentTarget.value) })
            }
            data={[
              { value: '', label: t('offerings.finder.allTargetGroups') },
              ...targetGroupKeys.map((key) => ({ value: key, label: t(`directory.targetGroup.${key}`) })),
            ]}
          />
          <NativeSelect
            label={t('offerings.finder.age')}
            value={params.age === undefined ? '' : String(params.age)}
            onChange={(event) => {
              const value = event.currentTarget.value;
              update({ age: value === '' ? undefined : Number(value) });
            }}
            data={[
              { value: '', label: t('offerings.finder.anyAge') },
              { value: '0', label: t('offerings.finder.ageUnderOne') },
              ...Array.from({ length: maxAge }, (_, i) => ({
                value: String(i + 1),
                label: t('offerings.finder.ageYears', { count: i + 1 }),
              })),
            ]}
          />
          <NativeSelect
            label={t('offerings.finder.format')}
            value={params.format ?? ''}
            onChange={(event) =>
              update({ format: offeringFormats.find((key) => key === event.currentTarget.value) })
            }
            data={[
              { value: '', label: t('offerings.finder.allFormats') },
              ...offeringFormats.map((key) => ({ value: key, label: t(`offerings.format.${key}`) })),
            ]}
          />
          <NativeSelect
            label={t('offerings.finder.language')}
            value={params.language ?? ''}
            onChange={(event) => update({ language: choose(event.currentTarget.value) })}
            data={[
              { value: '', label: t('offerings.finder.allLanguages') },
              ...(options.data?.languages ?? (params.language ? [params.language] : [])).map((code) => ({
                value: code,
                label: languageName(code),
              })),
            ]}
          />
          <NativeSelect
            label={t('offerings.finder.district')}
            value={params.districtId ?? ''}
            onChange={(event) => update({ districtId: choose(event.currentTarget.value) })}
            data={[
              { value: '', label: t('offerings.finder.allDistricts') },
              ...(options.data?.districts ?? []).map((district) => ({
                value: district.id,
                label: district.name,
              })),
            ]}
          />
          <NativeSelect
            label={t('offerings.finder.radius')}
            value={params.radius ?? defaultRadius}
            disabled={!params.postcode}
            onChange={(event) => {
              const value = event.currentTarget.value;
              update({ radius: value === defaultRadius ? undefined : value });
            }}
            data={[
              ...radiusChoices.map((km) => ({ value: km, label: t('offerings.finder.withinKm', { km }) })),
              { value: 'all', label: t('offerings.finder.anyDistance') },
            ]}
          />
          <TextInput
            type="date"
            label={t('offerings.finder.from')}
            value={params.from ?? ''}
            onChange={(event) => update({ from: choose(event.currentTarget.value) })}
          />
          <TextInput
            type="date"
            label={t('offerings.finder.to')}
            value={params.to ?? ''}
            min={params.from}
            onChange={(event) => update({ to: choose(event.currentTarget.value) })}
          />
        </div>
        <div>
          <Button
            variant="default"
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
          </Button>
        </div>
      </Stack>
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
      <article aria-labelledby={`offering-${item.id}`}>
        <Stack gap={6}>
          <Text size="sm" fw={600} c="blue.9">
            {labelOf(t, 'offerings.format', item.format)}
            {ages ? ` · ${ages}` : ''}
          </Text>
          <Title order={3} size="h4" id={`offering-${item.id}`} className="finder-result-title">
            <Link to="/angebote/$id" params={{ id: item.id }} className="finder-result-link">
              {item.title}
            </Link>
          </Title>
          {item.summary && <Text lineClamp={3}>{item.summary}</Text>}
          <Text fw={600}>
            {item.nextSessionAt
              ? t('offerings.finder.nextDate', { date: formatDateTime(item.nextSessionAt) })
              : t('offerings.finder.noDate')}
          </Text>
          {(place || item.distanceKm !== null) && (
            <Text size="sm">
              {place}
              {item.distanceKm !== null &&
                ` (${t('offerings.finder.distance', { distance: formatKm(item.distanceKm) })})`}
            </Text>
          )}
          <Text size="sm">
            {formatFee(t, item.feeCents)}
            {item.languages.length > 0 && ` · ${item.languages.map(languageName).join(', ')}`}
          </Text>
          <Text size="sm" c="dimmed">
            {formatRunBy(t, item.runBy)}
          </Text>
        </Stack>
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
    <section aria-labelledby="finder-results-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="finder-results-heading">
          {t('offerings.finder.results')}
        </Title>
        <Text role="status" aria-live="polite" size="sm">
          {search.hasNextPage
            ? t('offerings.finder.resultsMore', { count: items.length })
            : t('offerings.finder.resultsCount', { count: items.length })}
          {origin && ` · ${t('offerings.finder.origin', { name: origin.name, postcode: origin.postcode })}`}
          {isSimilar && ` · ${t('offerings.finder.similar', { query: params.q })}`}
        </Text>
        {items.length === 0 ? (
          <Text>{t('offerings.finder.none')}</Text>
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
            <Button
              variant="default"
              loading={search.isFetchingNextPage}
              onClick={() => void search.fetchNextPage()}
            >
              {t('offerings.finder.more')}
            </Button>
          </div>
        )}
      </Stack>
    </section>
  );
}

export function FinderPage() {
  const { t } = useTranslation();
  const params = route.useSearch();
  useEffect(() => rememberFinderSearch(params), [params]);
  return (
    <Page title={t('offerings.finder.title')}>
      <Text size="lg" maw={720}>
        {t('offerings.finder.intro')}
      </Text>
      <div className="finder-panel">
        <Stack gap="lg">
          <QueryForm params={params} />
          <Filters params={params} />
        </Stack>
      </div>
      <Results params={params} />
    </Page>
  );
}
