import './rooms.css';
import { Button, Group, Paper, Select, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { DateTime } from 'luxon';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/link';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useMe } from '../session/queries';
import { formatMonth, formatNumber, formatPercent, zone } from './format';
import { useAggregateUtilisation } from './queries';
import type { UtilisationSearch } from './search-params';
import { RoomsSections } from './sections';
import type { AggregateUtilisation, AggregateUtilisationQuery } from './types';

const route = getRouteApi('/raeume/auslastung');

/** What the figures are about: a planner's municipality or one of the user's organisations. */
interface Scope {
  value: string;
  label: string;
  query: Omit<AggregateUtilisationQuery, 'month'>;
}

function scopesOf(t: TFunction, me: ReturnType<typeof useMe>['data']): Scope[] {
  const memberships = me?.memberships ?? [];
  const municipalities = memberships
    .filter((m) => m.role === 'planner')
    .filter((m, i, all) => all.findIndex((o) => o.municipalityId === m.municipalityId) === i)
    .map((m) => ({
      value: `municipality:${m.municipalityId}`,
      label: t('rooms.utilisation.scopeMunicipality', { organization: m.organizationName }),
      query: { municipalityId: m.municipalityId },
    }));
  const organizations = memberships.map((m) => ({
    value: `org:${m.organizationId}`,
    label: t('rooms.utilisation.scopeOrganization', { organization: m.organizationName }),
    query: { organizationId: m.organizationId },
  }));
  return [...municipalities, ...organizations];
}

const currentMonth = () => DateTime.now().setZone(zone).toFormat('yyyy-MM');

/** 24 months back and 12 ahead: the choice of the month select. */
function monthChoices(selected: string) {
  const start = DateTime.now().setZone(zone).startOf('month');
  const months = Array.from({ length: 37 }, (_, i) => start.plus({ months: i - 24 }).toFormat('yyyy-MM'));
  if (!months.includes(selected)) months.push(selected);
  return months.sort().map((value) => ({ value, label: formatMonth(`${value}-01`) }));
}

interface Row {
  key: string;
  name: ReactNode;
  sortName: string;
  organization?: string;
  rooms?: number;
  bookedHours: number;
  bookableHours: number;
  ratio: number | null;
}

type SortKey = 'name' | 'organization' | 'rooms' | 'bookedHours' | 'bookableHours' | 'ratio';
interface Sort {
  key: SortKey;
  descending: boolean;
}

const collator = new Intl.Collator('de');

function compareRows(a: Row, b: Row, key: SortKey): number {
  switch (key) {
    case 'name':
      return collator.compare(a.sortName, b.sortName);
    case 'organization':
      return collator.compare(a.organization ?? '', b.organization ?? '');
    case 'rooms':
      return (a.rooms ?? 0) - (b.rooms ?? 0);
    case 'ratio':
      // Rooms without bookable hours sort below every figure.
      return (a.ratio ?? -1) - (b.ratio ?? -1);
    default:
      return a[key] - b[key];
  }
}

function sortRows(rows: readonly Row[], sort: Sort): Row[] {
  return [...rows].sort((a, b) => {
    const order = compareRows(a, b, sort.key);
    const tie = order === 0 ? collator.compare(a.sortName, b.sortName) : 0;
    return (sort.descending ? -order : order) || tie;
  });
}

function Share({ ratio }: { ratio: number | null }) {
  const { t } = useTranslation();
  if (ratio === null)
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('rooms.utilisation.none')}</span>
      </>
    );
  return <>{formatPercent(ratio)}</>;
}

/** A column heading that sorts: a button inside the <th>, whose aria-sort tells the current order. */
function SortHeader({
  column,
  label,
  sort,
  onSort,
  numeric,
}: {
  column: SortKey;
  label: string;
  sort: Sort;
  onSort: (next: Sort) => void;
  numeric?: boolean;
}) {
  const active = sort.key === column;
  const direction = active ? (sort.descending ? 'descending' : 'ascending') : undefined;
  return (
    <Table.Th scope="col" aria-sort={direction ?? 'none'} className={numeric ? 'num' : undefined}>
      <UnstyledButton
        className="sort-button"
        onClick={() =>
          onSort({
            key: column,
            descending: active ? !sort.descending : column !== 'name' && numeric === true,
          })
        }
      >
        {label}
        <span aria-hidden="true" className="sort-mark">
          {active ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}
        </span>
      </UnstyledButton>
    </Table.Th>
  );
}

function FiguresTable({
  caption,
  nameHeader,
  rows,
  withOrganization,
  withRooms,
  total,
}: {
  caption: string;
  nameHeader: string;
  rows: readonly Row[];
  withOrganization?: boolean;
  withRooms?: boolean;
  total: { rooms: number; bookedHours: number; bookableHours: number; ratio: number | null };
}) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<Sort>({ key: 'ratio', descending: true });
  const sorted = sortRows(rows, sort);
  const header = (column: SortKey, label: string, numeric = false) => (
    <SortHeader column={column} label={label} sort={sort} onSort={setSort} numeric={numeric} />
  );
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
      <Table.ScrollContainer minWidth={520}>
        <Table className="utilisation-table" striped>
          <caption>{caption}</caption>
          <Table.Thead>
            <Table.Tr>
              {header('name', nameHeader)}
              {withOrganization && header('organization', t('rooms.utilisation.organization'))}
              {withRooms && header('rooms', t('rooms.utilisation.rooms'), true)}
              {header('bookedHours', t('rooms.utilisation.booked'), true)}
              {header('bookableHours', t('rooms.utilisation.bookable'), true)}
              {header('ratio', t('rooms.utilisation.share'), true)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Th scope="row" fw={400}>
                  {row.name}
                </Table.Th>
                {withOrganization && <Table.Td>{row.organization}</Table.Td>}
                {withRooms && <Table.Td className="num">{formatNumber(row.rooms ?? 0, 0)}</Table.Td>}
                <Table.Td className="num">{formatNumber(row.bookedHours)}</Table.Td>
                <Table.Td className="num">{formatNumber(row.bookableHours)}</Table.Td>
                <Table.Td className="num">
                  <Share ratio={row.ratio} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('rooms.utilisation.total')}</Table.Th>
              {withOrganization && <Table.Td />}
              {withRooms && <Table.Td className="num">{formatNumber(total.rooms, 0)}</Table.Td>}
              <Table.Td className="num">{formatNumber(total.bookedHours)}</Table.Td>
              <Table.Td className="num">{formatNumber(total.bookableHours)}</Table.Td>
              <Table.Td className="num">
                <Share ratio={total.ratio} />
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function Figures({ data, month }: { data: AggregateUtilisation; month: string }) {
  const { t } = useTranslation();
  const monthLabel = formatMonth(`${month}-01`);
  if (data.rooms === 0) return <Text>{t('rooms.utilisation.emptyScope')}</Text>;
  const organizationRows: Row[] = data.organizations.map((o) => ({
    key: o.organization.id,
    name: o.organization.name,
    sortName: o.organization.name,
    rooms: o.rooms,
    bookedHours: o.bookedHours,
    bookableHours: o.bookableHours,
    ratio: o.ratio,
  }));
  const roomRows: Row[] = data.organizations.flatMap((o) =>
    o.perRoom.map((r) => ({
      key: r.room.id,
      name: (
        <AnchorLink to="/raeume/$roomId" params={{ roomId: r.room.id }} size="sm">
          {r.room.name}
        </AnchorLink>
      ),
      sortName: r.room.name,
      organization: o.organization.name,
      bookedHours: r.bookedHours,
      bookableHours: r.bookableHours,
      ratio: r.ratio,
    })),
  );
  const total = {
    rooms: data.rooms,
    bookedHours: data.bookedHours,
    bookableHours: data.bookableHours,
    ratio: data.ratio,
  };
  return (
    <Stack gap="md">
      <Text fw={600} aria-live="polite">
        {data.ratio === null
          ? t('rooms.utilisation.summaryNoBookable', {
              month: monthLabel,
              booked: formatNumber(data.bookedHours),
            })
          : t('rooms.utilisation.summary', {
              month: monthLabel,
              booked: formatNumber(data.bookedHours),
              bookable: formatNumber(data.bookableHours),
              share: formatPercent(data.ratio),
              count: data.rooms,
            })}
      </Text>
      <Text size="sm">{t('rooms.utilisation.sortHint')}</Text>
      {organizationRows.length > 1 && (
        <FiguresTable
          caption={t('rooms.utilisation.byOrganization', { month: monthLabel })}
          nameHeader={t('rooms.utilisation.organization')}
          rows={organizationRows}
          withRooms
          total={total}
        />
      )}
      <FiguresTable
        caption={t('rooms.utilisation.byRoom', { month: monthLabel })}
        nameHeader={t('rooms.utilisation.room')}
        rows={roomRows}
        withOrganization={organizationRows.length > 1}
        total={total}
      />
    </Stack>
  );
}

function Explanation() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="utilisation-how-heading">
      <Title order={2} size="h4" id="utilisation-how-heading" mb="xs">
        {t('rooms.utilisation.howHeading')}
      </Title>
      <ul className="report-list">
        <li>{t('rooms.utilisation.howBooked')}</li>
        <li>{t('rooms.utilisation.howBookable')}</li>
        <li>{t('rooms.utilisation.howShare')}</li>
      </ul>
    </section>
  );
}

/** Booked / bookable hours of all rooms of a municipality (planners) or of an organisation (its members). */
export function UtilisationPage() {
  const { t } = useTranslation();
  const search: UtilisationSearch = route.useSearch();
  const navigate = route.useNavigate();
  const { data: me } = useMe();
  const scopes = scopesOf(t, me);
  const wanted = search.municipality
    ? `municipality:${search.municipality}`
    : search.org
      ? `org:${search.org}`
      : undefined;
  const scope = scopes.find((s) => s.value === wanted) ?? scopes[0];
  const month = search.month ?? currentMonth();
  const figures = useAggregateUtilisation(scope ? { ...scope.query, month } : undefined);
  const go = (next: { scope?: Scope; month?: string }) => {
    const chosen = next.scope ?? scope;
    void navigate({
      search: {
        month: next.month ?? month,
        ...(chosen?.query.municipalityId ? { municipality: chosen.query.municipalityId } : {}),
        ...(chosen?.query.organizationId ? { org: chosen.query.organizationId } : {}),
      },
      replace: true,
    });
  };
  const shift = (months: number) =>
    DateTime.fromISO(`${month}-01`, { zone }).plus({ months }).toFormat('yyyy-MM');
  return (
    <Page title={t('rooms.utilisation.title')}>
      <RoomsSections />
      <Text maw={760}>{t('rooms.utilisation.intro')}</Text>
      {scope ? (
        <>
          <Group gap="md" align="flex-end" wrap="wrap">
            {scopes.length > 1 && (
              <Select
                label={t('rooms.utilisation.scope')}
                data={scopes.map((s) => ({ value: s.value, label: s.label }))}
                value={scope.value}
                allowDeselect={false}
                w={{ base: '100%', sm: 460 }}
                onChange={(value) => {
                  const next = scopes.find((s) => s.value === value);
                  if (next) go({ scope: next });
                }}
              />
            )}
            <Select
              label={t('rooms.utilisation.chooseMonth')}
              data={monthChoices(month)}
              value={month}
              allowDeselect={false}
              w={{ base: '100%', sm: 220 }}
              onChange={(value) => {
                if (value) go({ month: value });
              }}
            />
            <Group gap="xs">
              <Button variant="default" onClick={() => go({ month: shift(-1) })}>
                {t('rooms.utilisation.previousMonth')}
              </Button>
              <Button variant="default" onClick={() => go({ month: currentMonth() })}>
                {t('rooms.utilisation.thisMonth')}
              </Button>
              <Button variant="default" onClick={() => go({ month: shift(1) })}>
                {t('rooms.utilisation.nextMonth')}
              </Button>
            </Group>
          </Group>
          <Title order={2} size="h3">
            {formatMonth(`${month}-01`)}
          </Title>
          <QueryView query={figures}>{(data) => <Figures data={data} month={data.month} />}</QueryView>
          <Explanation />
        </>
      ) : (
        <Text>{t('rooms.utilisation.noScope')}</Text>
      )}
    </Page>
  );
}
