import { Select, Stack, Text } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../components/query-view';
import { useFormat } from './coverage-cells';
import { CoverageQuarters } from './coverage-quarters';
import { useCoverage, usePartnerKinds } from './coverage-queries';
import { currentYear, yearChoices } from './coverage-search';
import { CoverageTable } from './coverage-table';
import type { PlannableMunicipality } from './frame-queries';
import { PlanningFrame } from './planning-frame';

const route = getRouteApi('/planung');

/** A partner kind's label in the reader's language (the key while the kinds load). */
function useKindName() {
  const { i18n } = useTranslation();
  const kinds = usePartnerKinds();
  return (key: string) => {
    const kind = kinds.data?.find((k) => k.key === key);
    if (!kind) return key;
    return i18n.language === 'en' ? kind.labelEn : kind.labelDe;
  };
}

function Dashboard({ municipality, year }: { municipality: PlannableMunicipality; year: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const coverage = useCoverage(municipality.id, year);
  const kindName = useKindName();
  const format = useFormat();
  return (
    <Stack gap="lg">
      <Select
        label={t('planningCoverage.year')}
        data={yearChoices()}
        value={String(year)}
        onChange={(v) =>
          v && void navigate({ to: '/planung', search: { municipality: municipality.id, year: Number(v) } })
        }
        allowDeselect={false}
        w={160}
      />
      <QueryView query={coverage}>
        {(data) => (
          <>
            <Text maw={760}>
              {t('planningCoverage.intro', {
                year: data.current.year,
                previous: data.previous.year,
                at: format.date(data.current.at),
              })}
            </Text>
            <CoverageTable coverage={data} kindName={kindName} />
            <CoverageQuarters coverage={data} kindName={kindName} />
          </>
        )}
      </QueryView>
    </Stack>
  );
}

/** /planung: the planner's dashboard — coverage per district with trends against the year before. */
export function OverviewPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  return (
    <PlanningFrame path="/planung" title={t('planningCoverage.title')} municipalityId={search.municipality}>
      {(m) => <Dashboard municipality={m} year={search.year ?? currentYear()} />}
    </PlanningFrame>
  );
}
