import './agreements.css';
import { Alert, Anchor, Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page';
import { fieldErrorsOf, StatusMessage } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { formatDate } from '../../i18n';
import { SealBadges } from '../seal/seal-badges';
import { BackLink, StatusBadge } from './components';
import { amendmentLabel, formatDay, termSummary } from './format';
import { LifecycleSection } from './lifecycle-section';
import { useAgreement, useSharing, useUpdateAgreement } from './queries';
import { SectionsSection } from './sections-section';
import { SignaturesSection } from './signatures-section';
import { TermFields, type TermValues, termBody, termErrors, termFieldPaths } from './term-fields';
import type { Agreement } from './types';
import { VersionsSection } from './versions-section';
import { WriteAlert } from './write-alert';

const route = getRouteApi('/vereinbarungen/$agreementId');

const termValuesOf = (agreement: Agreement): TermValues => ({
  startDate: agreement.term.startDate,
  endDate: agreement.term.endDate ?? '',
  openEnded: agreement.term.endDate === null,
  autoRenewal: agreement.term.autoRenewal,
  renewalMonths: agreement.term.renewalMonths,
  noticePeriodMonths: agreement.term.noticePeriodMonths,
  reviewDate: agreement.term.reviewDate ?? '',
});

function TermEditor({
  agreement,
  onDone,
  onReload,
}: {
  agreement: Agreement;
  onDone: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateAgreement(agreement.id);
  const [values, setValues] = useState(() => termValuesOf(agreement));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const serverErrors = fieldErrorsOf(update.error, termFieldPaths);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const found = termErrors(values, t);
        setLocalErrors(found);
        if (Object.keys(found).length > 0) return;
        update.mutate({ version: agreement.version, term: termBody(values) }, { onSuccess: onDone });
      }}
    >
      <Stack gap="sm">
        <WriteAlert
          error={update.error}
          shownPaths={Object.keys(serverErrors)}
          onReload={() => {
            update.reset();
            onReload();
            onDone();
          }}
        />
        <TermFields
          values={values}
          errors={{ ...serverErrors, ...localErrors }}
          onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
        />
        <Group gap="xs">
          <Button type="submit" loading={update.isPending}>
            {t('agreements.sections.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('agreements.sections.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Overview({ agreement, onReload }: { agreement: Agreement; onReload: () => void }) {
  const { t } = useTranslation();
  const [editingTerm, setEditingTerm] = useState(false);
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="overview-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="overview-heading">
          {t('agreements.detail.overview')}
        </Title>
        <dl className="facts">
          <dt>{t('agreements.detail.type')}</dt>
          <dd>{t(`agreements.type.${agreement.type}`)}</dd>
          <dt>{t('agreements.detail.parties')}</dt>
          <dd>
            <ul className="plain-list">
              {agreement.parties.map((party) => (
                <li key={party.id}>
                  <Text fw={600} span>
                    {party.organization.name}
                  </Text>
                  {party.facilities.length > 0 && (
                    <Text span>
                      {' '}
                      {t('agreements.detail.actsFor', {
                        facilities: party.facilities.map((f) => f.name).join(', '),
                      })}
                    </Text>
                  )}
                  {party.representative && (
                    <Text size="sm">{t('agreements.detail.representative', party.representative)}</Text>
                  )}
                </li>
              ))}
            </ul>
          </dd>
          <dt>{t('agreements.term.heading')}</dt>
          <dd>{termSummary(t, agreement.term)}</dd>
          <dt>{t('agreements.term.reviewDate')}</dt>
          <dd>
            {agreement.term.reviewDate ? formatDay(agreement.term.reviewDate) : t('agreements.term.noReview')}
          </dd>
        </dl>
        {agreement.permissions.edit && agreement.content && !editingTerm && (
          <div>
            <Button variant="default" size="compact-sm" onClick={() => setEditingTerm(true)}>
              {t('agreements.detail.editTerm')}
            </Button>
          </div>
        )}
        {editingTerm && (
          <TermEditor agreement={agreement} onDone={() => setEditingTerm(false)} onReload={onReload} />
        )}
      </Stack>
    </Paper>
  );
}

function SharingAndDocuments({ agreement, onReload }: { agreement: Agreement; onReload: () => void }) {
  const { t } = useTranslation();
  const sharing = useSharing(agreement.id);
  const [changed, setChanged] = useState<boolean | null>(null);
  const base = `/api/v1/agreements/${agreement.id}`;
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="documents-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="documents-heading">
          {t('agreements.detail.documents')}
        </Title>
        <Group gap="lg">
          <Anchor href={`${base}/document.pdf`} download>
            {t('agreements.detail.downloadPdf')}
          </Anchor>
          <Anchor href={`${base}/document.docx`} download>
            {t('agreements.detail.downloadDocx')}
          </Anchor>
        </Group>
        {agreement.permissions.share && (
          <>
            <Switch
              label={t('agreements.detail.sharing')}
              description={t('agreements.detail.sharingHint')}
              checked={agreement.sharedWithYouthOffice}
              disabled={sharing.isPending}
              onChange={(event) => {
                const shared = event.currentTarget.checked;
                setChanged(null);
                sharing.mutate(
                  { version: agreement.version, sharedWithYouthOffice: shared },
                  { onSuccess: () => setChanged(shared) },
                );
              }}
            />
            {changed !== null && (
              <StatusMessage>
                {t(changed ? 'agreements.detail.sharingOn' : 'agreements.detail.sharingOff')}
              </StatusMessage>
            )}
            <WriteAlert
              error={sharing.error}
              onReload={() => {
                sharing.reset();
                onReload();
              }}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}

function AgreementView({ agreement, onReload }: { agreement: Agreement; onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Group gap="xs" wrap="wrap">
        <StatusBadge status={agreement.status} />
        <Text size="sm" c="dimmed">
          {t('agreements.detail.reference', { reference: agreement.reference })} ·{' '}
          {t('agreements.detail.version', { number: agreement.currentVersion })}
        </Text>
      </Group>
      {agreement.needsAmendment && (
        <Alert color="red" variant="light" title={t('agreements.amendment.heading')}>
          <Text size="sm">
            {amendmentLabel(t, agreement.needsAmendment.reason)}
            {agreement.needsAmendment.detail ? ` – ${agreement.needsAmendment.detail}` : ''} (
            {t('agreements.amendment.since', { date: formatDate(agreement.needsAmendment.since) })})
          </Text>
        </Alert>
      )}
      <Overview agreement={agreement} onReload={onReload} />
      <SealBadges agreementId={agreement.id} />
      {agreement.content ? (
        <>
          <LifecycleSection agreement={agreement} onReload={onReload} />
          <SharingAndDocuments agreement={agreement} onReload={onReload} />
          <SectionsSection agreement={agreement} content={agreement.content} onReload={onReload} />
          <SignaturesSection agreement={agreement} onReload={onReload} />
          <VersionsSection agreement={agreement} />
        </>
      ) : (
        <Alert color="blue" variant="light">
          {t('agreements.detail.metadataOnly')}
        </Alert>
      )}
    </>
  );
}

export function AgreementPage() {
  const { t } = useTranslation();
  const { agreementId } = route.useParams();
  const agreement = useAgreement(agreementId);
  const back = <BackLink />;
  return (
    <QueryView
      query={agreement}
      frame={(content) => (
        <Page title={t('agreements.title')} eyebrow={back}>
          {content}
        </Page>
      )}
    >
      {(data) => (
        <Page title={data.title} documentTitle={`${data.title} – ${t('agreements.title')}`} eyebrow={back}>
          <AgreementView agreement={data} onReload={() => void agreement.refetch()} />
        </Page>
      )}
    </QueryView>
  );
}
