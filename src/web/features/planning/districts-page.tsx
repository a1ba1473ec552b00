import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BoundariesSection } from './districts-boundaries';
import { CsvImportSection } from './districts-csv';
import { NeedFiguresSection } from './districts-figures-form';
import type { PlannableMunicipality } from './frame-queries';
import { PlanningFrame } from './planning-frame';

const route = getRouteApi('/planung/sozialraeume');

/** /planung/sozialraeume: the district boundaries (GeoJSON import) and the need figures per year (form, CSV). */
export function DistrictsPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  return (
    <PlanningFrame
      path="/planung/sozialraeume"
      title={t('planningDistricts.title')}
      municipalityId={search.municipality}
    >
      {(municipality) => <DistrictsContent key={municipality.id} municipality={municipality} />}
    </PlanningFrame>
  );
}

function DistrictsContent({ municipality }: { municipality: PlannableMunicipality }) {
  const [year, setYear] = useState(() => new Date().getFullYear());
  return (
    <>
      <NeedFiguresSection municipalityId={municipality.id} year={year} onYear={setYear} />
      <CsvImportSection
        municipalityId={municipality.id}
        year={year}
        districtNames={municipality.districts.map((d) => d.name)}
      />
      <BoundariesSection municipalityId={municipality.id} />
    </>
  );
}
