import './offerings.css';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { AnchorLink, ButtonLink } from '../../components/link';
import { Page } from '../../components/page';
import { ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { SealBadges } from '../seal/seal-badges';
import { CommentsSection, ConsentsSection, ResponsibilityMatrix, Section } from './collaboration-sections';
import { formatAges, formatDay, formatFee, labelOf, languageName } from './format';
import { useOffering, useTransition } from './queries';
import { EvaluationSection, SessionsSection } from './sessions-section';
import { StatusBadge } from './status-badge';
import type { Offering, OfferingStatus } from './types';

const route = getRouteApi('/angebote/verwalten/$id');

/** The status and the transitions the server allows this user now (permissions.transitions). */
function StatusActions({ offering, onReload }: { offering: Offering; onReload: () => void }) {
  const { t } = useTranslation();
  const transition = useTransition(offering.id);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<OfferingStatus | null>(null);
  const move = (to: OfferingStatus) =>
    transition.mutate(
      {
        to,
        version: offering.version,
        ...(to === 'cancelled' && reason.trim() ? { reason: reason.trim() } : {}),
      },
      {
        onSuccess: () => {
          setDone(to);
          setCancelling(false);
        },
      },
    );
  const conflict = transition.error instanceof ApiError && transition.error.status === 409;
  const forward = offering.permissions.transitions.filter((to) => to !== 'cancelled');
  const canCancel = offering.permissions.transitions.includes('cancelled');
  return (
    <Section id="status-heading" title={t('offerings.work.status')}>
      <Group gap="sm">
        <StatusBadge status={offering.status} />
        <Text size="sm">
          {t('offerings.work.statusSince', { date: formatDay(offering.statusChangedAt) })}
        </Text>
      </Group>
      {done && (
        <StatusMessage>
          {t('offerings.work.transitioned', { status: t(`offerings.status.${done}`) })}
        </StatusMessage>
      )}
      <ProblemAlert error={transition.error}>
        {conflict && (
          <div>
            <Button
              variant="default"
              size="xs"
              onClick={() => {
                transition.reset();
                onReload();
              }}
            >
              {t('offerings.form.reload')}
            </Button>
          </div>
        )}
      </ProblemAlert>
      {forward.length === 0 && !canCancel ? (
        <Text size="sm">{t('offerings.work.noActions')}</Text>
      ) : (
        <Group gap="sm">
          {forward.map((to) => (
            <Button
              key={to}
              loading={transition.isPending && transition.variables?.to === to}
              onClick={() => move(to)}
            >
              {t(`offerings.work.transition.${to}`)}
            </Button>
          ))}
          {canCancel && !cancelling && (
            <Button variant="outline" color="red.9" onClick={() => setCancelling(true)}>
              {t('offerings.work.transition.cancelled')}
            </Button>
          )}
        </Group>
      )}
      {cancelling && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            move('cancelled');
          }}
        >
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('offerings.work.cancelReason')}
              maxLength={500}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              style={{ flex: '1 1 16rem' }}
            />
            <Button type="submit" color="red.9" loading={transition.isPending}>
              {t('offerings.work.confirmCancel')}
            </Button>
            <Button variant="default" onClick={() => setCancelling(false)}>
              {t('offerings.form.cancel')}
            </Button>
          </Group>
        </form>
      )}
    </Section>
  );
}

function Details({ offering }: { offering: Offering }) {
  const { t } = useTranslation();
  const ages = formatAges(t, offering.ageFrom, offering.ageTo);
  const rows: [string, string][] = [
    [t('offerings.form.format'), labelOf(t, 'offerings.format', offering.format)],
    [
      t('offerings.form.targetGroups'),
      offering.targetGroups.map((key) => labelOf(t, 'directory.targetGroup', key)).join(', ') || '–',
    ],
    [t('offerings.detail.age'), ages ?? '–'],
    [t('offerings.form.languages'), offering.languages.map(languageName).join(', ') || '–'],
    [t('offerings.detail.fee'), formatFee(t, offering.feeCents)],
    [
      t('offerings.form.place'),
      [offering.place.name, offering.place.street, offering.place.postalCode, offering.place.city]
        .filter(Boolean)
        .join(', ') || '–',
    ],
    [t('offerings.form.sealCriteria'), offering.sealCriteria.join(', ') || '–'],
    [
      t('offerings.form.visibility'),
      offering.isPublic ? t('offerings.work.public') : t('offerings.work.internal'),
    ],
  ];
  return (
    <Section id="details-heading" title={t('offerings.work.details')}>
      <dl className="offering-facts">
        {rows.map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {offering.description && <Text style={{ whiteSpace: 'pre-line' }}>{offering.description}</Text>}
    </Section>
  );
}

const ranStatuses: OfferingStatus[] = ['running', 'evaluated', 'ended'];

export function OfferingPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const offering = useOffering(id);
  const eyebrow = (
    <AnchorLink to="/angebote/verwalten" size="sm">
      {t('offerings.work.back')}
    </AnchorLink>
  );
  return (
    <QueryView
      query={offering}
      frame={(content) => (
        <Page title={t('offerings.list.title')} eyebrow={eyebrow}>
          {content}
        </Page>
      )}
    >
      {(current) => (
        <Page
          title={current.title}
          documentTitle={`${current.title} – ${t('offerings.list.title')}`}
          eyebrow={eyebrow}
        >
          <Stack gap="lg" className="offering-page">
            <Group gap="sm">
              {current.permissions.update && (
                <ButtonLink to="/angebote/verwalten/$id/bearbeiten" params={{ id }} variant="default">
                  {t('offerings.work.edit')}
                </ButtonLink>
              )}
              {current.isShownToFamilies && (
                <AnchorLink to="/angebote/$id" params={{ id }}>
                  {t('offerings.work.publicLink')}
                </AnchorLink>
              )}
            </Group>
            <StatusActions offering={current} onReload={() => void offering.refetch()} />
            <ResponsibilityMatrix offering={current} />
            <ConsentsSection offering={current} />
            <SessionsSection offering={current} />
            {(ranStatuses.includes(current.status) || current.evaluation) && (
              <EvaluationSection offering={current} />
            )}
            <Details offering={current} />
            <SealBadges offeringId={current.id} />
            <CommentsSection offering={current} />
          </Stack>
        </Page>
      )}
    </QueryView>
  );
}
