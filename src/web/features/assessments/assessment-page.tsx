import { Button, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/link';
import { Page } from '../../components/page';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { AssessmentForm } from './assessment-form';
import { HistoryList } from './history-list';
import { useAssessment, useCooperationAssessments, useCreateAssessment } from './queries';
import type { AssessmentList, AssessmentSide } from './types';

const route = getRouteApi('/kooperationen/$cooperationId/einschaetzung');

function ExistingAssessment({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useAssessment(id);
  return (
    <QueryView query={query}>
      {(assessment) => (
        <Stack gap="lg">
          <Text>{t('assessments.page.privacy', { organization: assessment.organization.name })}</Text>
          <AssessmentForm assessment={assessment} onReload={() => query.refetch().then((r) => r.data)} />
          <Paper
            withBorder
            p={{ base: 'md', sm: 'lg' }}
            component="section"
            aria-labelledby="history-heading"
          >
            <Stack gap="sm">
              <Title order={2} size="h3" id="history-heading">
                {t('assessments.sections.history')}
              </Title>
              <HistoryList assessment={assessment} />
            </Stack>
          </Paper>
          <AnchorLink
            to="/kooperationen/fragen/$organizationId"
            params={{ organizationId: assessment.organization.id }}
          >
            {t('assessments.page.questionsLink', { organization: assessment.organization.name })}
          </AnchorLink>
        </Stack>
      )}
    </QueryView>
  );
}

function StartAssessment({ cooperationId, side }: { cooperationId: string; side: AssessmentSide }) {
  const { t } = useTranslation();
  const create = useCreateAssessment();
  return (
    <Stack gap="sm" align="flex-start">
      <Text>{t('assessments.page.newAssessment', { organization: side.name })}</Text>
      <Text size="sm">{t('assessments.page.privacy', { organization: side.name })}</Text>
      <ProblemAlert error={create.error} />
      <Button
        loading={create.isPending}
        onClick={() => create.mutate({ cooperationId, organizationId: side.id })}
      >
        {t('assessments.page.start')}
      </Button>
    </Stack>
  );
}

function SideChooser({ sides, chosen }: { sides: AssessmentSide[]; chosen: AssessmentSide }) {
  const { t } = useTranslation();
  const navigate = route.useNavigate();
  return (
    <Radio.Group
      label={t('assessments.page.chooseSide')}
      value={chosen.id}
      onChange={(org) => void navigate({ search: { org }, replace: true })}
    >
      <Stack gap="xs" mt="xs">
        {sides.map((side) => (
          <Radio key={side.id} value={side.id} label={side.name} />
        ))}
      </Stack>
    </Radio.Group>
  );
}

function CooperationAssessment({ data, org }: { data: AssessmentList; org: string | undefined }) {
  const { t } = useTranslation();
  const chosen = data.sides.find((s) => s.id === org) ?? data.sides[0];
  if (!data.cooperation || !chosen) return <Text>{t('assessments.page.notFound')}</Text>;
  return (
    <Stack gap="lg">
      {data.sides.length > 1 && <SideChooser sides={data.sides} chosen={chosen} />}
      <Title order={2} size="h2">
        {t('assessments.page.sideHeading', { organization: chosen.name })}
      </Title>
      {chosen.assessmentId ? (
        <ExistingAssessment key={chosen.assessmentId} id={chosen.assessmentId} />
      ) : (
        <StartAssessment cooperationId={data.cooperation.id} side={chosen} />
      )}
    </Stack>
  );
}

/** One side's private assessment of a cooperation: found, or started; a person on both sides chooses. */
export function AssessmentPage() {
  const { t } = useTranslation();
  const { cooperationId } = route.useParams();
  const { org } = route.useSearch();
  const list = useCooperationAssessments(cooperationId);
  const cooperation = list.data?.cooperation;
  const title = cooperation
    ? t('assessments.page.heading', { centre: cooperation.centre.name, partner: cooperation.partner.name })
    : t('assessments.page.title');
  const eyebrow = (
    <AnchorLink to="/kooperationen/$cooperationId" params={{ cooperationId }} size="sm">
      {t('assessments.page.back')}
    </AnchorLink>
  );
  return (
    <Page title={title} eyebrow={eyebrow}>
      <QueryView query={list}>{(data) => <CooperationAssessment data={data} org={org} />}</QueryView>
    </Page>
  );
}
