import './cooperations.css';
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/link';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { formatDate } from '../../i18n';
import { DecisionText, useOwnSide } from './decision';
import { ModelSection } from './model-section';
import { CentreNotes, PartnerNotes } from './notes-section';
import { ProposalsSection } from './proposals-section';
import { useCooperation } from './queries';
import { Timeline } from './timeline';
import type { Cooperation } from './types';

const route = getRouteApi('/kooperationen/$cooperationId');

function Decisions({ cooperation }: { cooperation: Cooperation }) {
  const { t } = useTranslation();
  const headingId = useId();
  const isOwn = useOwnSide();
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={2} size="h3" id={headingId}>
          {t('cooperations.detail.decisions')}
        </Title>
        <DecisionText
          label={`${t('cooperations.decision.centre')} (${cooperation.centre.name})`}
          decision={cooperation.decisions.centre}
          own={isOwn(cooperation.centre.id)}
        />
        <DecisionText
          label={`${t('cooperations.decision.partner')} (${cooperation.partner.name})`}
          decision={cooperation.decisions.partner}
          own={isOwn(cooperation.partner.id)}
        />
        {cooperation.permissions.assess && (
          <div>
            <AnchorLink
              to="/kooperationen/$cooperationId/einschaetzung"
              params={{ cooperationId: cooperation.id }}
            >
              {t('cooperations.detail.ownAssessment')}
            </AnchorLink>
          </div>
        )}
      </Stack>
    </Paper>
  );
}

function CooperationView({ cooperation, onReload }: { cooperation: Cooperation; onReload: () => void }) {
  const { t } = useTranslation();
  const { nextStep } = cooperation;
  return (
    <>
      <Group gap="sm">
        <Badge variant="light" tt="none" size="lg">
          {t(`cooperations.status.${cooperation.status}`)}
        </Badge>
        <Text size="sm">{formatDate(cooperation.statusChangedAt)}</Text>
        <AnchorLink to="/partner/$organizationId" params={{ organizationId: cooperation.partner.id }}>
          {t('cooperations.detail.partnerProfile')}
        </AnchorLink>
      </Group>
      {nextStep?.text && (
        <Text>
          {t('cooperations.detail.nextStep', { step: nextStep.text })}
          {nextStep.due && ` (${t('cooperations.detail.due', { date: formatDate(nextStep.due) })})`}
        </Text>
      )}
      <ProposalsSection cooperation={cooperation} />
      <Decisions cooperation={cooperation} />
      <ModelSection cooperation={cooperation} />
      {cooperation.permissions.readCentreNotes && <CentreNotes notes={cooperation.internalNotes ?? null} />}
      {cooperation.permissions.readPartnerNotes && (
        <PartnerNotes cooperation={cooperation} onReload={onReload} />
      )}
      <Timeline entries={cooperation.timeline} />
    </>
  );
}

export function CooperationPage() {
  const { t } = useTranslation();
  const { cooperationId } = route.useParams();
  const query = useCooperation(cooperationId);
  const title = query.data
    ? t('cooperations.list.with', { centre: query.data.centre.name, partner: query.data.partner.name })
    : t('cooperations.detail.title');
  return (
    <Page title={title}>
      <div>
        <AnchorLink to="/kooperationen">{t('cooperations.detail.back')}</AnchorLink>
      </div>
      <QueryView query={query} notFound={<Text>{t('cooperations.detail.notFound')}</Text>}>
        {(cooperation) => <CooperationView cooperation={cooperation} onReload={() => void query.refetch()} />}
      </QueryView>
    </Page>
  );
}
