import './seal.css';
import { Box, Checkbox, Stack, Table, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../components/query-view';
import type { PlannableMunicipality } from '../planning/frame-queries';
import { PlanningFrame } from '../planning/planning-frame';
import { useSealOverview } from './overview-queries';
import type { Overview, OverviewRow } from './overview-types';
import { formatDay, localised } from './self-check-format';

const route = getRouteApi('/planung/guetesiegel');

/** Whole days from `from` to `to` (calendar dates; UTC arithmetic, so no daylight-saving hour interferes). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A centre certified with its Verbund has no cycle of its own: say so instead of "none". */
function NoCycle({ row }: { row: OverviewRow }) {
  const { t } = useTranslation();
  return (
    <>{row.network ? t('sealOverview.inNetwork', { name: row.network.name }) : t('sealOverview.none')}</>
  );
}

function DueCell({ row, at }: { row: OverviewRow; at: string }) {
  const { t } = useTranslation();
  if (!row.cycle)
    return (
      <Table.Td>
        <NoCycle row={row} />
      </Table.Td>
    );
  const days = daysBetween(at, row.cycle.validUntil);
  return (
    <Table.Td>
      {formatDay(row.cycle.validUntil)}
      {(row.dueWithin12Months || row.overdue) && (
        // Red only for what is overdue; "due soon" is bold text (orange failed contrast on striped rows).
        <Text span size="sm" fw={700} c={row.overdue ? 'red.9' : undefined} display="block">
          {row.overdue ? t('sealOverview.overdue') : t('sealOverview.due', { days })}
        </Text>
      )}
    </Table.Td>
  );
}

function AreaCell({ met, label }: { met: boolean | null; label: string }) {
  const { t } = useTranslation();
  if (met === null) return <Table.Td>–</Table.Td>;
  // The sign is for the eye; the words are for screen readers (the column header names the area).
  return (
    <Table.Td ta="center" c={met ? 'teal.9' : 'red.8'}>
      <span aria-hidden="true">{met ? '✓' : '✗'}</span>
      <span className="visually-hidden">
        {label}: {met ? t('sealOverview.met') : t('sealOverview.notMet')}
      </span>
    </Table.Td>
  );
}

function OverviewTable({ overview, rows }: { overview: Overview; rows: OverviewRow[] }) {
  const { t, i18n } = useTranslation();
  const areaName = (number: number, de: string, en: string) =>
    t('sealOverview.areaTitle', { number, name: localised(i18n.language, de, en) });
  return (
    // A region that scrolls sideways on a phone: focusable, so keyboard users can scroll it too.
    <Box className="seal-table-wrap" tabIndex={0} role="region" aria-label={t('sealOverview.tableLabel')}>
      <Table striped withTableBorder>
        <Table.Caption>{t('sealOverview.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('sealOverview.subject')}</Table.Th>
            <Table.Th scope="col">{t('sealOverview.certifiedOn')}</Table.Th>
            <Table.Th scope="col">{t('sealOverview.validUntil')}</Table.Th>
            <Table.Th scope="col">{t('sealOverview.areasMet')}</Table.Th>
            {overview.areas.map((area) => (
              <Table.Th key={area.number} scope="col" ta="center">
                <abbr title={areaName(area.number, area.nameDe, area.nameEn)}>
                  {t('sealOverview.areaShort', { number: area.number })}
                </abbr>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Th scope="row" fw={600}>
                {row.name}
                {row.type === 'network' && (
                  <Text span size="sm" c="dimmed">
                    {' '}
                    ({t('sealOverview.network')})
                  </Text>
                )}
              </Table.Th>
              <Table.Td>{row.cycle ? formatDay(row.cycle.certifiedOn) : <NoCycle row={row} />}</Table.Td>
              <DueCell row={row} at={overview.at} />
              <Table.Td>
                {row.areasMet}/{overview.areas.length}
              </Table.Td>
              {overview.areas.map((area) => (
                <AreaCell
                  key={area.number}
                  met={row.areas.find((a) => a.number === area.number)?.met ?? null}
                  label={areaName(area.number, area.nameDe, area.nameEn)}
                />
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}

/** The next re-certification first; subjects without a recorded cycle last, by name. */
function byDueDate(a: OverviewRow, b: OverviewRow): number {
  if (a.cycle && b.cycle) return a.cycle.validUntil.localeCompare(b.cycle.validUntil);
  if (a.cycle || b.cycle) return a.cycle ? -1 : 1;
  return a.name.localeCompare(b.name, 'de');
}

function OverviewContent({ municipality }: { municipality: PlannableMunicipality }) {
  const { t } = useTranslation();
  const overview = useSealOverview(municipality.id);
  const [onlyDue, setOnlyDue] = useState(false);
  return (
    <QueryView query={overview}>
      {(data) => {
        const sorted = [...data.items].sort(byDueDate);
        const due = sorted.filter((row) => row.dueWithin12Months || row.overdue);
        const rows = onlyDue ? due : sorted;
        return (
          <Stack gap="md">
            <Text maw={760}>{t('sealOverview.intro')}</Text>
            <Text fw={600}>
              {t('sealOverview.counts', {
                subjects: data.items.length,
                due: due.length,
                without: data.items.filter((row) => !row.cycle && !row.network).length,
              })}
            </Text>
            <Checkbox
              label={t('sealOverview.onlyDue')}
              checked={onlyDue}
              onChange={(e) => setOnlyDue(e.currentTarget.checked)}
            />
            {rows.length === 0 ? (
              <Text>{onlyDue ? t('sealOverview.emptyDue') : t('sealOverview.empty')}</Text>
            ) : (
              <>
                <OverviewTable overview={data} rows={rows} />
                <Text size="sm" c="dimmed">
                  {t('sealOverview.legend')}
                </Text>
              </>
            )}
          </Stack>
        );
      }}
    </QueryView>
  );
}

/** /planung/guetesiegel: the planner's overview of the quality seal (issue 19 §6), a tab of the planning frame. */
export function OverviewPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  return (
    <PlanningFrame
      path="/planung/guetesiegel"
      title={t('sealOverview.title')}
      municipalityId={search.municipality}
    >
      {(m) => <OverviewContent municipality={m} />}
    </PlanningFrame>
  );
}
