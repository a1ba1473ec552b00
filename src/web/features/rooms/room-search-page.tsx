import './rooms.css';
import {
  Badge,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { DateTime } from 'luxon';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/link';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { formatKm } from '../directory/format';
import { useMe } from '../session/queries';
import { BookingForm } from './booking-form';
import { formatDate, isoWeekdays, weekdayName, zone } from './format';
import { useAvailability } from './queries';
import { type RoomSearch, radiusChoices } from './search-params';
import { type OrganizationChoice, organizationsOf, RoomsSections } from './sections';
import { type AvailabilityItem, type AvailabilityQuery, type Equipment, equipmentKeys } from './types';

const route = getRouteApi('/raeume/suche');

const tomorrow = () => DateTime.now().setZone(zone).plus({ days: 1 }).toISODate() ?? '';

const defaults = { radius: 5, weekday: 2, from: '15:00', to: '17:00', weeks: 8 };

/** The API query, once the address holds a complete search (weekday and time window). */
function queryOf(search: RoomSearch, near: string | undefined): AvailabilityQuery | undefined {
  if (!near || !search.weekday || !search.from || !search.to) return undefined;
  return {
    near,
    radiusKm: search.radius ?? defaults.radius,
    weekday: search.weekday,
    startTime: search.from,
    endTime: search.to,
    weeks: search.weeks ?? defaults.weeks,
    ...(search.start ? { from: search.start } : {}),
    ...(search.capacity ? { minCapacity: search.capacity } : {}),
    ...(search.equipment ? { equipment: search.equipment } : {}),
    ...(search.accessible ? { accessible: true } : {}),
  } as AvailabilityQuery;
}

function CriteriaForm({
  search,
  organizations,
  near,
  onSearch,
}: {
  search: RoomSearch;
  organizations: readonly OrganizationChoice[];
  near: string;
  onSearch: (next: RoomSearch) => void;
}) {
  const { t } = useTranslation();
  const [org, setOrg] = useState(near);
  const [radius, setRadius] = useState(String(search.radius ?? defaults.radius));
  const [capacity, setCapacity] = useState(search.capacity ? String(search.capacity) : '');
  const [equipment, setEquipment] = useState<string[]>(search.equipment ?? []);
  const [accessible, setAccessible] = useState(search.accessible ?? false);
  const [weekday, setWeekday] = useState(String(search.weekday ?? defaults.weekday));
  const [from, setFrom] = useState(search.from ?? defaults.from);
  const [to, setTo] = useState(search.to ?? defaults.to);
  const [start, setStart] = useState(search.start ?? tomorrow());
  const [weeks, setWeeks] = useState(String(search.weeks ?? defaults.weeks));
  const [timeError, setTimeError] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const invalid = !from || !to || to <= from;
    setTimeError(invalid);
    if (invalid) return;
    const capacityValue = Number(capacity);
    const weeksValue = Number(weeks);
    onSearch({
      org,
      radius: Number(radius),
      capacity: Number.isInteger(capacityValue) && capacityValue > 0 ? capacityValue : undefined,
      equipment: equipment.length > 0 ? (equipment as Equipment[]) : undefined,
      accessible: accessible || undefined,
      weekday: Number(weekday),
      from,
      to,
      start: start || undefined,
      weeks:
        Number.isInteger(weeksValue) && weeksValue >= 1 && weeksValue <= 26 ? weeksValue : defaults.weeks,
    });
  };
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="criteria-heading">
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} size="h3" id="criteria-heading">
            {t('rooms.search.criteria')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            <Select
              label={t('rooms.search.near')}
              data={organizations.map((o) => ({ value: o.id, label: o.name }))}
              value={org}
              allowDeselect={false}
              onChange={(value) => setOrg(value ?? org)}
            />
            <Select
              label={t('rooms.search.radius')}
              data={radiusChoices.map((km) => ({
                value: String(km),
                label: t('rooms.search.withinKm', { km }),
              }))}
              value={radius}
              allowDeselect={false}
              onChange={(value) => setRadius(value ?? radius)}
            />
            <TextInput
              type="number"
              min={1}
              label={t('rooms.search.minCapacity')}
              value={capacity}
              onChange={(event) => setCapacity(event.currentTarget.value)}
            />
            <Select
              label={t('rooms.search.weekday')}
              data={isoWeekdays.map((day) => ({ value: String(day), label: weekdayName(day) }))}
              value={weekday}
              allowDeselect={false}
              onChange={(value) => setWeekday(value ?? weekday)}
            />
            <Group gap="sm" grow align="flex-start">
              <TextInput
                type="time"
                label={t('rooms.search.from')}
                required
                value={from}
                error={timeError ? t('rooms.search.timeInvalid') : undefined}
                onChange={(event) => setFrom(event.currentTarget.value)}
              />
              <TextInput
                type="time"
                label={t('rooms.search.to')}
                required
                value={to}
                error={timeError}
                onChange={(event) => setTo(event.currentTarget.value)}
              />
            </Group>
            <Group gap="sm" grow align="flex-start">
              <TextInput
                type="date"
                label={t('rooms.search.startDate')}
                value={start}
                onChange={(event) => setStart(event.currentTarget.value)}
              />
              <TextInput
                type="number"
                min={1}
                max={26}
                label={t('rooms.search.weeks')}
                value={weeks}
                onChange={(event) => setWeeks(event.currentTarget.value)}
              />
            </Group>
          </SimpleGrid>
          <MultiSelect
            label={t('rooms.search.equipment')}
            data={equipmentKeys.map((key) => ({ value: key, label: t(`rooms.equipment.${key}`) }))}
            value={equipment}
            onChange={setEquipment}
            searchable
            maw={620}
          />
          <Checkbox
            label={t('rooms.search.accessible')}
            checked={accessible}
            onChange={(event) => setAccessible(event.currentTarget.checked)}
          />
          <div>
            <Button type="submit">{t('rooms.search.submit')}</Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}

function ResultEntry({
  item,
  dates,
  search,
}: {
  item: AvailabilityItem;
  dates: string[];
  search: RoomSearch;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { room } = item;
  const headingId = `room-${room.id}`;
  const isRequest = item.access === 'request';
  const firstDate = dates[0] ?? '';
  return (
    <Paper component="li" withBorder p="sm" radius="sm" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Title order={3} size="h4" id={headingId} style={{ flex: '1 1 14rem', overflowWrap: 'anywhere' }}>
            <AnchorLink to="/raeume/$roomId" params={{ roomId: room.id }}>
              {room.name}
            </AnchorLink>
          </Title>
          <Badge variant="outline" color={isRequest ? 'violet.9' : 'teal.9'} tt="none">
            {t(`rooms.search.access.${item.access}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {room.organization.name} · {t('rooms.search.distance', { distance: formatKm(item.distanceKm) })} ·{' '}
          {t('rooms.list.capacity', { count: room.capacity })}
        </Text>
        {room.equipment.length > 0 && (
          <Text size="sm">{room.equipment.map((key) => t(`rooms.equipment.${key}`)).join(', ')}</Text>
        )}
        <Text size="sm" fw={600}>
          {t('rooms.search.freeDates', { count: item.freeDates.length, total: dates.length })}
        </Text>
        <details>
          <summary>{t('rooms.search.showDates')}</summary>
          <ul className="report-list">
            {dates.map((date) => {
              const unavailable = item.unavailable.find((entry) => entry.date === date);
              return (
                <li key={date}>
                  <Text span size="sm">
                    {formatDate(date)}:{' '}
                    {unavailable ? t(`rooms.outcome.${unavailable.reason}`) : t('rooms.outcome.free')}
                  </Text>
                </li>
              );
            })}
          </ul>
        </details>
        {item.access !== 'none' && item.freeDates.length > 0 && (
          <div>
            <Button
              variant={open ? 'default' : 'filled'}
              aria-expanded={open}
              onClick={() => setOpen((value) => !value)}
            >
              {isRequest ? t('rooms.search.requestHere') : t('rooms.search.bookHere')}
            </Button>
          </div>
        )}
        {open && (
          <BookingForm
            room={{ id: room.id, name: room.name, organization: room.organization, access: item.access }}
            draft={{ date: firstDate, from: search.from ?? '', to: search.to ?? '', weeks: dates.length }}
          />
        )}
      </Stack>
    </Paper>
  );
}

function Results({ query, search }: { query: AvailabilityQuery; search: RoomSearch }) {
  const { t } = useTranslation();
  const result = useAvailability(query);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusedFor = useRef('');
  const queryKey = JSON.stringify(query);
  const isFresh = Boolean(result.data) && !result.isPlaceholderData;
  // A new search moves focus to its results, so that keyboard and screen reader users land on them; a refetch
  // after a booking must not pull focus away from the booking's outcome.
  useEffect(() => {
    if (isFresh && focusedFor.current !== queryKey) {
      focusedFor.current = queryKey;
      heading.current?.focus();
    }
  }, [isFresh, queryKey]);
  return (
    <section aria-labelledby="results-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="results-heading" ref={heading} tabIndex={-1} className="page-heading">
          {t('rooms.search.resultsHeading')}
        </Title>
        <QueryView query={result}>
          {({ items, dates }) => (
            <>
              <Text role="status">
                {items.length === 0
                  ? t('rooms.search.empty')
                  : t('rooms.search.resultCount', { count: items.length })}
              </Text>
              {items.length > 0 && (
                <Stack component="ul" gap="sm" className="rooms-list" aria-labelledby="results-heading">
                  {items.map((item) => (
                    <ResultEntry key={item.room.id} item={item} dates={dates} search={search} />
                  ))}
                </Stack>
              )}
            </>
          )}
        </QueryView>
      </Stack>
    </section>
  );
}

export function RoomSearchPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { data: me } = useMe();
  const organizations = organizationsOf(me);
  const near = organizations.find((o) => o.id === search.org)?.id ?? organizations[0]?.id;
  const query = queryOf(search, near);
  return (
    <Page title={t('rooms.search.title')}>
      <RoomsSections />
      <Text>{t('rooms.search.intro')}</Text>
      {near ? (
        <>
          <CriteriaForm
            key={JSON.stringify(search)}
            search={search}
            organizations={organizations}
            near={near}
            onSearch={(next) => void navigate({ search: next })}
          />
          {query && <Results query={query} search={search} />}
        </>
      ) : (
        <Text>{t('rooms.search.noOrganization')}</Text>
      )}
    </Page>
  );
}
