import { Paper, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useMe } from '../session/queries';
import { useFreshness } from './queries';

interface Row {
  id: string | null;
  name: string | null;
  total: number;
  stale: number;
}

function share(row: Row, language: string) {
  if (row.total === 0) return '–';
  return (row.stale / row.total).toLocaleString(language === 'en' ? 'en-GB' : 'de-DE', { style: 'percent' });
}

function FreshnessTable({
  caption,
  nameHeader,
  totalHeader,
  rows,
}: {
  caption: string;
  nameHeader: string;
  totalHeader: string;
  rows: Row[];
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {caption}
      </Title>
      {/* Four short columns fit a phone: no horizontal scrolling. */}
      <Table striped aria-labelledby={headingId} fz="sm" horizontalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{nameHeader}</Table.Th>
            <Table.Th scope="col">{totalHeader}</Table.Th>
            <Table.Th scope="col">{t('freshness.stale')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id ?? 'none'}>
              <Table.Th scope="row" fw="normal" style={{ overflowWrap: 'anywhere' }}>
                {row.name ?? t('freshness.noDistrict')}
              </Table.Th>
              <Table.Td>{row.total}</Table.Td>
              {/* Count and share in one cell, so that three columns fit a phone. */}
              <Table.Td>
                {row.stale} ({share(row, i18n.language)})
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** For Jugendamt planners: how current the partner profiles are, per district and per centre's network. */
export function FreshnessPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const municipalityId = me?.memberships.find((m) => m.role === 'planner')?.municipalityId;
  const freshness = useFreshness(municipalityId);
  const title = t('freshness.title');
  if (!municipalityId) {
    return (
      <Page title={title}>
        <Text>{t('freshness.onlyPlanners')}</Text>
      </Page>
    );
  }
  return (
    <Page title={title}>
      <QueryView query={freshness}>
        {(data) => (
          <>
            <Text maw={720}>{t('freshness.intro', { days: data.staleAfterDays })}</Text>
            <FreshnessTable
              caption={t('freshness.byDistrict')}
              nameHeader={t('freshness.district')}
              totalHeader={t('freshness.profiles')}
              rows={data.districts.map((d) => ({ ...d, total: d.profiles }))}
            />
            <FreshnessTable
              caption={t('freshness.byCentre')}
              nameHeader={t('freshness.centre')}
              totalHeader={t('freshness.partners')}
              rows={data.centres.map((c) => ({ ...c, total: c.partners }))}
            />
          </>
        )}
      </QueryView>
    </Page>
  );
}
