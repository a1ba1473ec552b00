import './tasks-page.css';
import { Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PlanningFrame } from './planning-frame';
import { DistrictMessagesSection } from './tasks-district-messages';
import { ProposalsSection } from './tasks-proposals';
import { TasksSection } from './tasks-tasks';

const route = getRouteApi('/planung/aufgaben');

/** /planung/aufgaben: the planner's tasks, proposals of cooperation models and messages to a district. */
export function TasksPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  return (
    <PlanningFrame
      path="/planung/aufgaben"
      title={t('planningTasks.title')}
      municipalityId={search.municipality}
    >
      {(municipality) => (
        <Stack gap="xl">
          <Text>{t('planningTasks.intro')}</Text>
          <TasksSection municipality={municipality} />
          <ProposalsSection municipality={municipality} />
          <DistrictMessagesSection municipality={municipality} districtId={search.district} />
        </Stack>
      )}
    </PlanningFrame>
  );
}
