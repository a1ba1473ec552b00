import { Group, Stack, Text } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/fields';
import { QueryView } from '../../components/query-view';
import type { PlannableMunicipality } from './frame-queries';
import { GapList } from './gaps-list';
import { MatrixSection } from './gaps-matrix';
import { OverlapSection } from './gaps-overlaps';
import { type Period, useGaps, useMatrix, useOverlaps, useTaskSources } from './gaps-queries';
import { PlanningFrame } from './planning-frame';

const route = getRouteApi('/planung/luecken');

/** /planung/luecken: the gap list, the overlap list and the matrix centre × priority partner kind. */
export function GapsPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  return (
    <PlanningFrame
      path="/planung/luecken"
      title={t('planningGaps.title')}
      municipalityId={search.municipality}
    >
      {(m) => (
        <GapsContent
          municipality={m}
          period={{
            municipalityId: m.id,
            year: search.year ?? new Date().getFullYear(),
            quarter: search.quarter,
          }}
        />
      )}
    </PlanningFrame>
  );
}

function PeriodChoice({ period }: { period: Period }) {
  const { t } = useTranslation();
  const navigate = useNavigate({ from: '/planung/luecken' });
  const thisYear = new Date().getFullYear();
  const years = [thisYear - 2, thisYear - 1, thisYear, thisYear + 1];
  const go = (year: number, quarter: number | undefined) =>
    void navigate({ search: { municipality: period.municipalityId, year, quarter }, replace: true });
  return (
    <Group gap="md" align="flex-end">
      <SelectField
        label={t('planningGaps.period.year')}
        value={String(period.year)}
        onChange={(e) => go(Number(e.currentTarget.value), period.quarter)}
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      <SelectField
        label={t('planningGaps.period.quarter')}
        value={String(period.quarter ?? '')}
        onChange={(e) => go(period.year, Number(e.currentTarget.value) || undefined)}
        options={[
          { value: '', label: t('planningGaps.period.wholeYear') },
          ...[1, 2, 3, 4].map((n) => ({ value: String(n), label: t('planningGaps.period.quarterN', { n }) })),
        ]}
      />
    </Group>
  );
}

function GapsContent({ municipality, period }: { municipality: PlannableMunicipality; period: Period }) {
  const { t } = useTranslation();
  const gaps = useGaps(period);
  const overlaps = useOverlaps(period);
  const matrix = useMatrix(municipality.id);
  const sources = useTaskSources(municipality.id);
  return (
    <Stack gap="lg">
      <Text maw={720}>{t('planningGaps.intro')}</Text>
      <PeriodChoice period={period} />
      <QueryView query={gaps}>
        {(data) => (
          <GapList
            municipalityId={municipality.id}
            gaps={data.items}
            taskSources={sources.data ?? new Set()}
          />
        )}
      </QueryView>
      <QueryView query={overlaps}>
        {(data) => (
          <OverlapSection
            municipalityId={municipality.id}
            overlaps={data}
            taskSources={sources.data ?? new Set()}
          />
        )}
      </QueryView>
      <QueryView query={matrix}>{(data) => <MatrixSection matrix={data} />}</QueryView>
    </Stack>
  );
}
