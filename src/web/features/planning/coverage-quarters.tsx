import { Group, Paper, Select, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TrendCell, useFormat } from './coverage-cells';
import type { Coverage, DistrictCoverage, OfferingBreakdown } from './coverage-queries';

const dimensions = ['byTargetGroup', 'byFormat', 'byTheme', 'byAgeBand'] as const;
type Dimension = (typeof dimensions)[number];

/** A group's label: the code lists' texts (target groups, formats, age bands); themes are free text. */
function useGroupLabel() {
  const { t } = useTranslation();
  return (dimension: Dimension, key: string) => {
    if (dimension === 'byTargetGroup') return t(`directory.targetGroup.${key}`, { defaultValue: key });
    if (dimension === 'byFormat') return t(`offerings.format.${key}`, { defaultValue: key });
    if (dimension === 'byAgeBand') return t(`planningCoverage.ageBand.${key}`, { defaultValue: key });
    return key;
  };
}

/**
 * Offerings per quarter, broken down by target group, format, theme or age band, for one district or the
 * whole municipality, with the year's count beside that of the year before.
 */
export function CoverageQuarters({
  coverage,
  kindName,
}: {
  coverage: Coverage;
  kindName: (key: string) => string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const kindsHeadingId = useId();
  const format = useFormat();
  const label = useGroupLabel();
  const [dimension, setDimension] = useState<Dimension>('byTargetGroup');
  const [district, setDistrict] = useState<string>('all');
  const pick = (year: Coverage['current']): DistrictCoverage | undefined =>
    district === 'all' ? year.total : year.districts.find((d) => (d.districtId ?? 'none') === district);
  const current = pick(coverage.current);
  const previous = pick(coverage.previous);
  const groups: [string, OfferingBreakdown][] = Object.entries(current?.offerings[dimension] ?? {});
  const kinds = Object.entries(current?.partnersByKind ?? {}).sort(([, a], [, b]) => b - a);
  const show = (v: number | null) => format.number(v, 0);
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="xs">
        {t('planningCoverage.quarters.title')}
      </Title>
      <Text size="sm" mb="sm" maw={720}>
        {t('planningCoverage.quarters.intro')}
      </Text>
      <Group mb="sm" align="end">
        <Select
          label={t('planningCoverage.quarters.dimension')}
          data={dimensions.map((d) => ({ value: d, label: t(`planningCoverage.quarters.dimensions.${d}`) }))}
          value={dimension}
          onChange={(v) => v && setDimension(v as Dimension)}
          allowDeselect={false}
          w={220}
        />
        <Select
          label={t('planningCoverage.quarters.districtFilter')}
          data={[
            { value: 'all', label: t('planningCoverage.quarters.allDistricts') },
            ...coverage.current.districts.map((d) => ({
              value: d.districtId ?? 'none',
              label: d.districtName ?? t('planningCoverage.noDistrict'),
            })),
          ]}
          value={district}
          onChange={(v) => v && setDistrict(v)}
          allowDeselect={false}
          w={220}
        />
      </Group>
      {groups.length === 0 ? (
        <Text>{t('planningCoverage.quarters.empty')}</Text>
      ) : (
        <Table striped fz="sm" horizontalSpacing="xs" aria-labelledby={headingId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('planningCoverage.quarters.key')}</Table.Th>
              {[1, 2, 3, 4].map((n) => (
                <Table.Th scope="col" key={n}>
                  {t('planningCoverage.quarters.quarter', { n })}
                </Table.Th>
              ))}
              <Table.Th scope="col">
                {t('planningCoverage.quarters.year', { year: coverage.current.year })}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map(([key, figures]) => (
              <Table.Tr key={key}>
                <Table.Th scope="row" fw="normal" style={{ hyphens: 'auto', overflowWrap: 'break-word' }}>
                  {label(dimension, key)}
                </Table.Th>
                {figures.quarters.map((q, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the four quarters never reorder
                  <Table.Td key={i}>{q.offerings}</Table.Td>
                ))}
                <TrendCell
                  current={figures.year.offerings}
                  previous={previous?.offerings[dimension][key]?.year.offerings ?? 0}
                  show={show}
                />
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={3} size="h4" id={kindsHeadingId} mt="lg" mb="xs">
        {t('planningCoverage.kinds.title')}
      </Title>
      {kinds.length === 0 ? (
        <Text>{t('planningCoverage.kinds.empty')}</Text>
      ) : (
        <Table striped fz="sm" horizontalSpacing="xs" maw={480} aria-labelledby={kindsHeadingId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('planningCoverage.kinds.kind')}</Table.Th>
              <Table.Th scope="col">{t('planningCoverage.kinds.count')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {kinds.map(([key, count]) => (
              <Table.Tr key={key}>
                <Table.Th scope="row" fw="normal">
                  {kindName(key)}
                </Table.Th>
                <Table.Td>{count}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
