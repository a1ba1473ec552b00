import './agreements.css';
import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../../api/types';
import { AnchorLink, ButtonLink } from '../../components/link';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { useMe } from '../session/queries';
import { PartyNames, StatusBadge } from './components';
import { formatDay, reasonLabel, termSummary } from './format';
import { useAgreements, useAttention } from './queries';
import type { AgreementSearchParams } from './search-params';
import { type AgreementSummary, type AttentionItem, agreementStatuses } from './types';

const route = getRouteApi('/vereinbarungen');

/** The list refers to one organisation of the user's, or (planners) to their municipality. */
type Scope =
  | { kind: 'organization'; membership: Membership }
  | { kind: 'municipality'; membership: Membership };

function scopesOf(memberships: readonly Membership[]): Scope[] {
  return memberships.map((membership) =>
    membership.role === 'planner'
      ? { kind: 'municipality', membership }
      : { kind: 'organization', membership },
  );
}

/** The attention list of the scope; it also carries what the user may start there (the server decides). */
function useScopeAttention(scope: Scope) {
  return useAttention(
    scope.kind === 'municipality'
      ? { municipalityId: scope.membership.municipalityId }
      : { organizationId: scope.membership.organizationId },
  );
}

/** Creating an agreement or a framework, as far as the server's permissions for the scope allow. */
function ScopeActions({ scope }: { scope: Scope }) {
  const { t } = useTranslation();
  const permissions = useScopeAttention(scope).data?.permissions;
  return (
    <Group gap="sm">
      {permissions?.createFramework && (
        <ButtonLink to="/vereinbarungen/basiskooperation">{t('agreements.frameworkAction')}</ButtonLink>
      )}
      {permissions?.createAgreement && (
        <ButtonLink to="/vereinbarungen/neu" search={{ org: scope.membership.organizationId }}>
          {t('agreements.createAction')}
        </ButtonLink>
      )}
      <ButtonLink to="/vereinbarungen/vorlagen" variant="default">
        {t('agreements.templates.action')}
      </ButtonLink>
    </Group>
  );
}

function AttentionList({ scope }: { scope: Scope }) {
  const { t } = useTranslation();
  const attention = useScopeAttention(scope);
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="attention-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="attention-heading">
          {t('agreements.list.attentionHeading')}
        </Title>
        <QueryView query={attention}>
          {(data) =>
            data.items.length === 0 ? (
              <Text>{t('agreements.list.attentionNone')}</Text>
            ) : (
              <ul className="plain-list agreement-list" aria-labelledby="attention-heading">
                {data.items.map((item) => (
                  <AttentionEntry key={item.agreement.id} item={item} />
                ))}
              </ul>
            )
          }
        </QueryView>
      </Stack>
    </Paper>
  );
}

function AttentionEntry({ item }: { item: AttentionItem }) {
  const { t } = useTranslation();
  return (
    <li>
      <Stack gap={2} py={6}>
        <Group gap="xs" wrap="wrap">
          <AnchorLink
            to="/vereinbarungen/$agreementId"
            params={{ agreementId: item.agreement.id }}
            fw={600}
            style={{ overflowWrap: 'anywhere' }}
          >
            {item.agreement.title}
          </AnchorLink>
          <StatusBadge status={item.agreement.status} />
        </Group>
        <Text size="sm">{item.agreement.parties.join(' · ')}</Text>
        <ul className="reason-list">
          {item.reasons.map((reason) => (
            <li key={`${reason.code}-${reason.dueOn ?? ''}`}>
              <Text size="sm" fw={600} c="red.9" span>
                {reasonLabel(t, reason)}
              </Text>
            </li>
          ))}
        </ul>
      </Stack>
    </li>
  );
}

function AgreementEntry({ agreement }: { agreement: AgreementSummary }) {
  const { t } = useTranslation();
  return (
    <Paper component="li" withBorder p="sm" radius="sm">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <AnchorLink
            to="/vereinbarungen/$agreementId"
            params={{ agreementId: agreement.id }}
            fw={600}
            style={{ overflowWrap: 'anywhere', flex: '1 1 14rem' }}
          >
            {agreement.title}
          </AnchorLink>
          <StatusBadge status={agreement.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {t(`agreements.type.${agreement.type}`)} · {agreement.reference}
        </Text>
        <PartyNames parties={agreement.parties} />
        <Text size="sm">
          {t('agreements.list.term')}: {termSummary(t, agreement.term)}
        </Text>
        {agreement.term.reviewDate && (
          <Text size="sm">
            {t('agreements.list.review')}: {formatDay(agreement.term.reviewDate)}
          </Text>
        )}
        {agreement.sharedWithYouthOffice && (
          <Text size="sm" c="dimmed">
            {t('agreements.list.shared')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** Partner options: every organisation named in the scope's agreements except the user's own. */
function partnerOptions(items: readonly AgreementSummary[], ownId: string | undefined) {
  const names = new Map<string, string>();
  for (const agreement of items) {
    for (const party of agreement.parties) {
      for (const org of [party.organization, ...party.facilities]) {
        if (org.id !== ownId) names.set(org.id, org.name);
      }
    }
  }
  return [...names]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

function Filters({
  params,
  partners,
}: {
  params: AgreementSearchParams;
  partners: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const navigate = route.useNavigate();
  const [q, setQ] = useState(params.q ?? '');
  useEffect(() => setQ(params.q ?? ''), [params.q]);
  const update = (patch: Partial<AgreementSearchParams>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });
  const choose = (value: string | null) => (value ? value : undefined);
  return (
    <form
      aria-label={t('agreements.list.filters')}
      onSubmit={(event) => {
        event.preventDefault();
        update({ q: q.trim() || undefined });
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
        <TextInput
          type="search"
          label={t('agreements.list.search')}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          onBlur={() => update({ q: q.trim() || undefined })}
        />
        <Select
          label={t('agreements.list.status')}
          data={[
            { value: '', label: t('agreements.list.anyStatus') },
            ...agreementStatuses.map((status) => ({
              value: status,
              label: t(`agreements.status.${status}`),
            })),
          ]}
          value={params.status ?? ''}
          allowDeselect={false}
          onChange={(value) => update({ status: agreementStatuses.find((s) => s === value) })}
        />
        <Select
          label={t('agreements.list.partner')}
          data={[{ value: '', label: t('agreements.list.anyPartner') }, ...partners]}
          value={params.partner ?? ''}
          allowDeselect={false}
          searchable
          onChange={(value) => update({ partner: choose(value) })}
        />
        <TextInput
          type="date"
          label={t('agreements.list.dueBefore')}
          value={params.dueBefore ?? ''}
          onChange={(event) => update({ dueBefore: event.currentTarget.value || undefined })}
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="xs">
        <Button type="submit" variant="default">
          {t('agreements.list.apply')}
        </Button>
      </Group>
    </form>
  );
}

function AgreementList({ scope, params }: { scope: Scope; params: AgreementSearchParams }) {
  const { t } = useTranslation();
  const ownId = scope.kind === 'organization' ? scope.membership.organizationId : undefined;
  const base = ownId ? { party: ownId } : {};
  const unfiltered = useAgreements(base);
  const list = useAgreements({
    ...base,
    ...(params.partner ? { party: params.partner } : {}),
    ...(params.status ? { status: params.status } : {}),
    ...(params.dueBefore ? { dueBefore: params.dueBefore } : {}),
    ...(params.q ? { q: params.q } : {}),
  });
  const partners = useMemo(
    () => partnerOptions(unfiltered.data?.items ?? [], ownId),
    [unfiltered.data, ownId],
  );
  const heading =
    scope.kind === 'municipality'
      ? t('agreements.list.municipalityHeading', { name: scope.membership.organizationName })
      : t('agreements.list.allHeading');
  return (
    <section aria-labelledby="all-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="all-heading">
          {heading}
        </Title>
        {scope.kind === 'municipality' && <Text size="sm">{t('agreements.list.plannerHint')}</Text>}
        <Filters params={params} partners={partners} />
        <QueryView query={list}>
          {(data) => (
            <>
              <Text size="sm" role="status" aria-live="polite">
                {data.items.length === 0
                  ? t('agreements.list.none')
                  : t('agreements.list.count', { count: data.items.length })}
              </Text>
              {data.items.length > 0 && (
                <Stack component="ul" gap="xs" className="plain-list" aria-labelledby="all-heading">
                  {data.items.map((agreement) => (
                    <AgreementEntry key={agreement.id} agreement={agreement} />
                  ))}
                </Stack>
              )}
              {data.nextCursor && <Text size="sm">{t('agreements.list.more')}</Text>}
            </>
          )}
        </QueryView>
      </Stack>
    </section>
  );
}

export function AgreementsPage() {
  const { t } = useTranslation();
  const params = route.useSearch();
  const navigate = route.useNavigate();
  const { data: me } = useMe();
  const scopes = scopesOf(me?.memberships ?? []);
  const scope = scopes.find((s) => s.membership.organizationId === params.org) ?? scopes[0];

  if (!scope) {
    return (
      <Page title={t('agreements.title')}>
        <Text className="agreements-page">{t('agreements.noOrganization')}</Text>
      </Page>
    );
  }
  return (
    <Page
      title={t('agreements.title')}
      documentTitle={`${t('agreements.title')}: ${scope.membership.organizationName}`}
      eyebrow={
        <Text size="sm" fw={600} c="dimmed" className="agreements-page">
          {scope.membership.organizationName}
        </Text>
      }
    >
      {scopes.length > 1 && (
        <Select
          label={t('agreements.chooseOrganization')}
          data={scopes.map((s) => ({
            value: s.membership.organizationId,
            label: s.membership.organizationName,
          }))}
          value={scope.membership.organizationId}
          allowDeselect={false}
          maw={420}
          onChange={(value) => {
            if (value) void navigate({ search: { org: value } });
          }}
        />
      )}
      <ScopeActions scope={scope} />
      <AttentionList scope={scope} />
      <AgreementList scope={scope} params={params} />
    </Page>
  );
}
