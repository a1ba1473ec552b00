import { Box, Paper, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TrendCell, useFormat } from './coverage-cells';
import type { Coverage, DistrictCoverage } from './coverage-queries';

type Figure = (d: DistrictCoverage) => number | null;

/** The table's columns: header and figure; shares are shown as percentages. */
function useColumns(priorityKinds: string[], kindName: (key: string) => string) {
  const { t } = useTranslation();
  const columns: { key: string; header: string; figure: Figure; percent?: boolean }[] = [
    { key: 'centres', header: t('planningCoverage.centres'), figure: (d) => d.centres },
    { key: 'partners', header: t('planningCoverage.partners'), figure: (d) => d.partners },
    {
      key: 'cooperations',
      header: t('planningCoverage.cooperations'),
      figure: (d) => d.cooperations.cooperations,
    },
    ...priorityKinds.map((kind) => ({
      key: `kind-${kind}`,
      header: t('planningCoverage.withKind', { kind: kindName(kind) }),
      figure: (d: DistrictCoverage) => d.cooperations.byPriorityKind[kind]?.cooperations ?? 0,
    })),
    { key: 'offerings', header: t('planningCoverage.offerings'), figure: (d) => d.offerings.year.offerings },
    { key: 'sessions', header: t('planningCoverage.sessions'), figure: (d) => d.offerings.year.sessions },
    { key: 'rooms', header: t('planningCoverage.rooms'), figure: (d) => d.rooms.rooms },
    {
      key: 'utilisation',
      header: t('planningCoverage.utilisation'),
      figure: (d) => d.rooms.utilisation,
      percent: true,
    },
    {
      key: 'hours',
      header: t('planningCoverage.partnerHours'),
      figure: (d) => d.partnerHours.committedHours,
    },
  ];
  return columns;
}

/**
 * Every district's figures of the year with the trend against the year before, the municipality's total
 * last. Wide: on a phone it scrolls sideways inside its own focusable region (keyboard users scroll it too).
 */
export function CoverageTable({
  coverage,
  kindName,
}: {
  coverage: Coverage;
  kindName: (key: string) => string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const format = useFormat();
  const columns = useColumns(coverage.priorityKinds, kindName);
  const row = (
    d: DistrictCoverage,
    previous: DistrictCoverage | undefined,
    name: string,
    isTotal: boolean,
  ) => (
    <Table.Tr key={isTotal ? 'total' : (d.districtId ?? 'none')} fw={isTotal ? 700 : undefined}>
      <Table.Th scope="row" fw={isTotal ? 700 : 'normal'}>
        {name}
      </Table.Th>
      {columns.map((c) => (
        <TrendCell
          key={c.key}
          current={c.figure(d)}
          previous={previous ? c.figure(previous) : null}
          show={c.percent ? format.percent : (v) => format.number(v)}
        />
      ))}
    </Table.Tr>
  );
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="xs">
        {t('planningCoverage.tableTitle')}
      </Title>
      <Text size="sm" c="dimmed" hiddenFrom="md" mb="xs">
        {t('planningCoverage.scrollHint')}
      </Text>
      <Box style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-labelledby={headingId}>
        <Table striped fz="sm" horizontalSpacing="xs" miw={960} aria-labelledby={headingId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('planningCoverage.district')}</Table.Th>
              {columns.map((c) => (
                <Table.Th scope="col" key={c.key}>
                  {c.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {coverage.current.districts.map((d) =>
              row(
                d,
                coverage.previous.districts.find((p) => p.districtId === d.districtId),
                d.districtName ?? t('planningCoverage.noDistrict'),
                false,
              ),
            )}
          </Table.Tbody>
          <Table.Tfoot>
            {row(coverage.current.total, coverage.previous.total, t('planningCoverage.total'), true)}
          </Table.Tfoot>
        </Table>
      </Box>
    </Paper>
  );
}
