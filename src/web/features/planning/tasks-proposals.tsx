import { Badge, Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { formatDate } from '../../i18n';
import { CoordinationSection } from './coordination-section';
import type { PlannableMunicipality } from './frame-queries';
import {
  type Proposal,
  useCooperationModels,
  useCreateProposal,
  useOrganizations,
  useProposals,
  useWithdrawProposal,
} from './tasks-queries';

const fields = ['centreId', 'partnerId', 'modelId', 'message'] as const;

interface Values {
  centreId: string | null;
  partnerId: string | null;
  modelId: string | null;
  message: string;
}

const empty: Values = { centreId: null, partnerId: null, modelId: null, message: '' };

function NewProposal({ municipalityId }: { municipalityId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const centres = useOrganizations(municipalityId, 'family_centre');
  const partners = useOrganizations(municipalityId, 'partner');
  const models = useCooperationModels();
  const create = useCreateProposal(municipalityId);
  const [values, setValues] = useState<Values>(empty);
  const [missing, setMissing] = useState<string[]>([]);
  const [done, setDone] = useState(false);
  const errors = fieldErrorsOf(create.error, fields);
  const errorOf = (field: (typeof fields)[number]) =>
    missing.includes(field) ? t('planningTasks.required') : errors[field];
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const options = (items: { id: string; name: string }[] | undefined) =>
    (items ?? []).map((o) => ({ value: o.id, label: o.name }));
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setDone(false);
          const { centreId, partnerId, modelId } = values;
          setMissing((['centreId', 'partnerId', 'modelId'] as const).filter((f) => !values[f]));
          if (!centreId || !partnerId || !modelId) return;
          create.mutate(
            { municipalityId, centreId, partnerId, modelId, message: values.message.trim() },
            {
              onSuccess: () => {
                setValues(empty);
                setDone(true);
              },
            },
          );
        }}
      >
        <Stack gap="sm" maw={560}>
          <Title order={3} size="h4" id={headingId}>
            {t('planningTasks.proposals.create')}
          </Title>
          <Text size="sm">{t('planningTasks.proposals.hint')}</Text>
          <ProblemAlert error={create.error} shownPaths={Object.keys(errors)} />
          {done && <StatusMessage>{t('planningTasks.proposals.created')}</StatusMessage>}
          <Select
            label={t('planningTasks.proposals.centre')}
            required
            searchable
            data={options(centres.data?.items)}
            value={values.centreId}
            onChange={(centreId) => set({ centreId })}
            error={errorOf('centreId')}
          />
          <Select
            label={t('planningTasks.proposals.partner')}
            required
            searchable
            data={options(partners.data?.items)}
            value={values.partnerId}
            onChange={(partnerId) => set({ partnerId })}
            error={errorOf('partnerId')}
          />
          <Select
            label={t('planningTasks.proposals.model')}
            required
            data={(models.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
            value={values.modelId}
            onChange={(modelId) => set({ modelId })}
            error={errorOf('modelId')}
          />
          <Textarea
            label={t('planningTasks.proposals.message')}
            autosize
            minRows={2}
            value={values.message}
            onChange={(e) => set({ message: e.currentTarget.value })}
            error={errors.message}
          />
          <div>
            <Button type="submit" loading={create.isPending}>
              {t('planningTasks.proposals.create')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}

function ProposalItem({ proposal, municipalityId }: { proposal: Proposal; municipalityId: string }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawProposal(municipalityId);
  const model = proposal.model?.name ?? t('planningTasks.none');
  return (
    <li>
      <Paper withBorder p="sm">
        <Stack gap={4}>
          <Group gap="xs" wrap="wrap">
            <Text fw={600}>{model}</Text>
            <Badge variant="light" tt="none">
              {t(`planningTasks.proposals.statuses.${proposal.status}`)}
            </Badge>
          </Group>
          <Text size="sm">
            {proposal.centre.name} · {proposal.partner.name}
          </Text>
          <Text size="sm">
            {t('planningTasks.proposals.date')}: {formatDate(proposal.createdAt)}
          </Text>
          {proposal.message && <Text size="sm">{proposal.message}</Text>}
          <ProblemAlert error={withdraw.error} />
          {proposal.status === 'proposed' && proposal.permissions.withdraw && (
            <div>
              <Button
                variant="default"
                size="xs"
                loading={withdraw.isPending}
                aria-label={t('planningTasks.proposals.withdrawOf', {
                  model,
                  centre: proposal.centre.name,
                  partner: proposal.partner.name,
                })}
                onClick={() => withdraw.mutate({ id: proposal.id, version: proposal.version })}
              >
                {t('planningTasks.proposals.withdraw')}
              </Button>
            </div>
          )}
        </Stack>
      </Paper>
    </li>
  );
}

/** Proposals of a cooperation model to a centre and a partner: the list, newest first, and a new one. */
export function ProposalsSection({ municipality }: { municipality: PlannableMunicipality }) {
  const { t } = useTranslation();
  return (
    <CoordinationSection
      heading={t('planningTasks.proposals.heading')}
      empty={t('planningTasks.proposals.empty')}
      query={useProposals(municipality.id)}
      item={(p) => <ProposalItem key={p.id} proposal={p} municipalityId={municipality.id} />}
    >
      <NewProposal municipalityId={municipality.id} />
    </CoordinationSection>
  );
}
