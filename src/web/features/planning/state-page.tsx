import { Box, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useMe } from '../session/queries';
import { useFormat } from './coverage-cells';
import { type StateAggregates, usePartnerKinds, useStateAggregates } from './coverage-queries';
import { currentYear, yearChoices } from './coverage-search';

const route = getRouteApi('/planung/land');
const states = [
  'BB',
  'BE',
  'BW',
  'BY',
  'HB',
  'HE',
  'HH',
  'MV',
  'NI',
  'NW',
  'RP',
  'SH',
  'SL',
  'SN',
  'ST',
  'TH',
];

function StateTable({ data }: { data: StateAggregates }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const format = useFormat();
  const kinds = usePartnerKinds();
  const kindName = (key: string) => {
    const kind = kinds.data?.find((k) => k.key === key);
    return kind ? (i18n.language === 'en' ? kind.labelEn : kind.labelDe) : key;
  };
  type Item = StateAggregates['items'][number];
  const columns: { key: string; header: string; show: (m: Item) => string }[] = [
    { key: 'districts', header: t('planningState.districts'), show: (m) => format.number(m.districts) },
    { key: 'centres', header: t('planningState.centres'), show: (m) => format.number(m.centres) },
    { key: 'partners', header: t('planningState.partners'), show: (m) => format.number(m.partners) },
    {
      key: 'cooperations',
      header: t('planningState.cooperations'),
      show: (m) => format.number(m.cooperations),
    },
    {
      key: 'cooperationsPerCentre',
      header: `${t('planningState.cooperations')} ${t('planningState.perCentre')}`,
      show: (m) => format.number(m.cooperationsPerCentre, 2),
    },
    ...data.priorityKinds.map((kind) => ({
      key: `share-${kind}`,
      header: t('planningState.shareWithKind', { kind: kindName(kind) }),
      show: (m: Item) => format.percent(m.shareOfCentresWithPriorityKind[kind] ?? null),
    })),
    { key: 'offerings', header: t('planningState.offerings'), show: (m) => format.number(m.offerings) },
    {
      key: 'offeringsPerCentre',
      header: `${t('planningState.offerings')} ${t('planningState.perCentre')}`,
      show: (m) => format.number(m.offeringsPerCentre, 2),
    },
    { key: 'sessions', header: t('planningState.sessions'), show: (m) => format.number(m.sessions) },
    { key: 'rooms', header: t('planningState.rooms'), show: (m) => format.number(m.rooms) },
    {
      key: 'utilisation',
      header: t('planningState.utilisation'),
      show: (m) => format.percent(m.utilisation),
    },
  ];
  if (data.items.length === 0) return <Text>{t('planningState.empty')}</Text>;
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="xs">
        {t('planningState.tableTitle')}
      </Title>
      <Box style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-labelledby={headingId}>
        <Table striped fz="sm" horizontalSpacing="xs" miw={1000} aria-labelledby={headingId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('planningState.municipality')}</Table.Th>
              {columns.map((c) => (
                <Table.Th scope="col" key={c.key}>
                  {c.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((m) => (
              <Table.Tr key={m.municipalityId}>
                <Table.Th scope="row" fw="normal">
                  {m.name}
                </Table.Th>
                {columns.map((c) => (
                  <Table.Td key={c.key} style={{ whiteSpace: 'nowrap' }}>
                    {c.show(m)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
    </Paper>
  );
}

/** /planung/land: the Landesjugendamt's overview, one row per municipality of its state (instance admins choose the state). */
export function StatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = route.useSearch();
  const { data: me } = useMe();
  const year = search.year ?? currentYear();
  const aggregates = useStateAggregates(search.state, year);
  const format = useFormat();
  const forbidden = aggregates.error instanceof ApiError && aggregates.error.status === 403;
  return (
    <Page title={t('planningState.title')}>
      <Stack gap="lg">
        <Stack gap="sm" style={{ flexDirection: 'row', flexWrap: 'wrap' }}>
          <Select
            label={t('planningCoverage.year')}
            data={yearChoices()}
            value={String(year)}
            onChange={(v) =>
              v && void navigate({ to: '/planung/land', search: { ...search, year: Number(v) } })
            }
            allowDeselect={false}
            w={160}
          />
          {me?.user.isInstanceAdmin && (
            <Select
              label={t('planningState.state')}
              data={states}
              value={search.state ?? aggregates.data?.state ?? null}
              onChange={(v) => v && void navigate({ to: '/planung/land', search: { ...search, state: v } })}
              allowDeselect={false}
              w={160}
            />
          )}
        </Stack>
        {forbidden ? (
          <Text>{t('planningState.onlyStateOffices')}</Text>
        ) : (
          <QueryView query={aggregates}>
            {(data) => (
              <>
                <Text maw={760}>
                  {t('planningState.intro', { state: data.state, year: data.year, at: format.date(data.at) })}
                </Text>
                <StateTable data={data} />
              </>
            )}
          </QueryView>
        )}
      </Stack>
    </Page>
  );
}
