import { Anchor, Group, List, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../components/query-view';
import type { PlannableMunicipality } from './frame-queries';
import { PlanningFrame } from './planning-frame';
import { reportFileUrl, usePlanningReport } from './report-queries';
import { ReportTableView } from './report-table';

const route = getRouteApi('/planung/bericht');

/** The years offered: next year down to six years back (the server takes 2001–2100). */
function yearChoices(current: number): string[] {
  return Array.from({ length: 8 }, (_, i) => String(current + 1 - i));
}

function Downloads({ municipalityId, year }: { municipalityId: string; year: number }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'lg' }} component="section" aria-labelledby="report-downloads">
      <Title order={2} size="h3" id="report-downloads" mb="sm">
        {t('planningReport.downloads')}
      </Title>
      <List spacing="xs">
        <List.Item>
          <Anchor href={reportFileUrl('pdf', municipalityId, year)} download>
            {t('planningReport.pdf')}
          </Anchor>{' '}
          <Text span size="sm" c="dimmed">
            ({t('planningReport.pdfHint')})
          </Text>
        </List.Item>
        <List.Item>
          <Anchor href={reportFileUrl('xlsx', municipalityId, year)} download>
            {t('planningReport.xlsx')}
          </Anchor>{' '}
          <Text span size="sm" c="dimmed">
            ({t('planningReport.xlsxHint')})
          </Text>
        </List.Item>
      </List>
    </Paper>
  );
}

function ReportContent({ municipality, year }: { municipality: PlannableMunicipality; year: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const report = usePlanningReport(municipality.id, year);
  return (
    <Stack gap="lg">
      <Text>{t('planningReport.intro')}</Text>
      <Group align="end">
        <Select
          label={t('planningReport.year')}
          data={yearChoices(new Date().getFullYear())}
          value={String(year)}
          allowDeselect={false}
          w={160}
          onChange={(value) =>
            value &&
            void navigate({
              to: '/planung/bericht',
              search: { municipality: municipality.id, year: Number(value) },
            })
          }
        />
        <Text size="sm" pb={8}>
          {t('planningReport.comparedWith', { year: year - 1 })}
        </Text>
      </Group>
      <Downloads municipalityId={municipality.id} year={year} />
      <section aria-labelledby="report-preview">
        <Title order={2} size="h3" id="report-preview" mb={4}>
          {t('planningReport.preview')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('planningReport.germanOnly')}
        </Text>
        <QueryView query={report}>
          {(data) => (
            <Stack gap="md" lang="de">
              <Title order={3} size="h4">
                {data.title}
              </Title>
              {data.introduction.map((sentence) => (
                <Text key={sentence} size="sm">
                  {sentence}
                </Text>
              ))}
              {data.tables.map((table) => (
                <ReportTableView key={table.key} table={table} />
              ))}
            </Stack>
          )}
        </QueryView>
      </section>
    </Stack>
  );
}

/** /planung/bericht: the yearly report for the Jugendhilfeausschuss — year, downloads, preview. */
export function ReportPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const year = search.year ?? new Date().getFullYear();
  return (
    <PlanningFrame
      path="/planung/bericht"
      title={t('planningReport.title')}
      municipalityId={search.municipality}
    >
      {(m) => <ReportContent municipality={m} year={year} />}
    </PlanningFrame>
  );
}
