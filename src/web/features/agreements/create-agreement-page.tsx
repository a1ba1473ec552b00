import './agreements.css';
import { Button, Group, Paper, Radio, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../api/types';
import { Page } from '../../components/page';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { useMe } from '../session/queries';
import { BackLink } from './components';
import { PartnerPicker, type PickedOrganization } from './partner-picker';
import { useCreateAgreement, useOrganization, useTemplates } from './queries';
import { TermFields, type TermValues, termBody, termErrors, termFieldPaths } from './term-fields';
import type { AgreementCreate, Template } from './types';

const route = getRouteApi('/vereinbarungen/neu');

const BLANK = 'blank';

/** The party a facility is represented by: its Träger acting for it, or the organisation itself. */
function partyFor(org: { id: string; type?: Organization['type']; providerId: string | null }) {
  if (org.type === 'provider' || !org.providerId) return { organizationId: org.id, facilityIds: [] };
  return { organizationId: org.providerId, facilityIds: [org.id] };
}

function TemplateChoice({
  templates,
  value,
  onChange,
}: {
  templates: Template[];
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t('agreements.create.template')}
      description={t('agreements.create.templateHint')}
      value={value}
      onChange={onChange}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
        {templates.map((template) => (
          <Radio.Card key={template.id} value={template.id} p="sm" radius="sm" withBorder>
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Radio.Indicator />
              <div>
                <Text fw={600}>{template.title}</Text>
                <Text size="sm">{template.description}</Text>
                {template.owner && (
                  <Text size="sm" c="dimmed">
                    {template.owner.name}
                  </Text>
                )}
              </div>
            </Group>
          </Radio.Card>
        ))}
        <Radio.Card value={BLANK} p="sm" radius="sm" withBorder>
          <Group wrap="nowrap" align="flex-start" gap="sm">
            <Radio.Indicator />
            <Text fw={600}>{t('agreements.create.blank')}</Text>
          </Group>
        </Radio.Card>
      </SimpleGrid>
    </Radio.Group>
  );
}

const emptyTerm = (): TermValues => ({
  startDate: '',
  endDate: '',
  openEnded: true,
  autoRenewal: false,
  renewalMonths: 12,
  noticePeriodMonths: 3,
  reviewDate: '',
});

function CreateForm({ own, templates }: { own: Organization; templates: Template[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateAgreement();
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? BLANK);
  const [title, setTitle] = useState(templates[0]?.title ?? '');
  const [titleTouched, setTitleTouched] = useState(false);
  const [partners, setPartners] = useState<(PickedOrganization | null)[]>([null]);
  const [term, setTerm] = useState<TermValues>(emptyTerm);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const template = templates.find((candidate) => candidate.id === templateId);
  // A corrected field loses its message at once; the rest are checked again on the next submit.
  const clearErrors = (...keys: string[]) =>
    setLocalErrors((previous) =>
      Object.fromEntries(Object.entries(previous).filter(([key]) => !keys.includes(key))),
    );
  const paths = ['title', ...termFieldPaths, ...partners.map((_, i) => `parties.${i + 1}.organizationId`)];
  const serverErrors = fieldErrorsOf(create.error, paths);
  const errors = { ...serverErrors, ...localErrors };

  const validate = () => {
    const found: Record<string, string> = { ...termErrors(term, t) };
    if (!title.trim()) found.title = t('agreements.create.titleRequired');
    partners.forEach((partner, i) => {
      if (!partner) found[`parties.${i + 1}.organizationId`] = t('agreements.create.partnerRequired');
    });
    setLocalErrors(found);
    return Object.keys(found).length === 0;
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!validate()) return;
        const body: AgreementCreate = {
          title: title.trim(),
          type: template?.type ?? 'other',
          ...(template ? { templateId: template.id } : {}),
          parties: [partyFor(own), ...partners.flatMap((p) => (p ? [partyFor(p)] : []))].map((p) => ({
            ...p,
            representative: null,
          })),
          term: termBody(term),
          sharedWithYouthOffice: false,
        };
        create.mutate(body, {
          onSuccess: (agreement) =>
            void navigate({ to: '/vereinbarungen/$agreementId', params: { agreementId: agreement.id } }),
        });
      }}
    >
      <Stack gap="lg" maw={860}>
        <ProblemAlert error={create.error} shownPaths={Object.keys(serverErrors)} />
        <TemplateChoice
          templates={templates}
          value={templateId}
          onChange={(value) => {
            setTemplateId(value);
            const chosen = templates.find((candidate) => candidate.id === value);
            if (!titleTouched) setTitle(chosen?.title ?? '');
          }}
        />
        <TextInput
          label={t('agreements.create.agreementTitle')}
          required
          value={title}
          error={errors.title}
          onChange={(event) => {
            setTitleTouched(true);
            clearErrors('title');
            setTitle(event.currentTarget.value);
          }}
        />
        <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="fieldset" className="plain-fieldset">
          <Stack gap="sm">
            <Title order={2} size="h4" component="legend">
              {t('agreements.create.partnersHeading')}
            </Title>
            <div>
              <Text fw={600} size="sm">
                {t('agreements.create.ownFacility')}
              </Text>
              <Text>{own.name}</Text>
            </div>
            {partners.map((partner, index) => (
              <PartnerPicker
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until an organisation is chosen.
                key={index}
                label={t('agreements.create.partner', { number: index + 1 })}
                municipalityId={own.municipalityId}
                excludeIds={[own.id, ...partners.flatMap((p) => (p && p !== partner ? [p.id] : []))]}
                picked={partner}
                error={errors[`parties.${index + 1}.organizationId`]}
                onPick={(org) => {
                  clearErrors(`parties.${index + 1}.organizationId`);
                  setPartners((previous) => previous.map((p, i) => (i === index ? org : p)));
                }}
                removeLabel={t('agreements.create.removePartner', { number: index + 1 })}
                onRemove={
                  partners.length > 1
                    ? () => setPartners((previous) => previous.filter((_, i) => i !== index))
                    : undefined
                }
              />
            ))}
            <div>
              <Button variant="default" onClick={() => setPartners((previous) => [...previous, null])}>
                {t('agreements.create.addPartner')}
              </Button>
            </div>
          </Stack>
        </Paper>
        <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="fieldset" className="plain-fieldset">
          <Stack gap="sm">
            <Title order={2} size="h4" component="legend">
              {t('agreements.term.heading')}
            </Title>
            <TermFields
              values={term}
              errors={errors}
              onChange={(patch) => {
                clearErrors(...termFieldPaths);
                setTerm((previous) => ({ ...previous, ...patch }));
              }}
            />
          </Stack>
        </Paper>
        <div>
          <Button type="submit" loading={create.isPending}>
            {t('agreements.create.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

export function CreateAgreementPage() {
  const { t } = useTranslation();
  const { org } = route.useSearch();
  const { data: me } = useMe();
  const memberships = (me?.memberships ?? []).filter((m) => m.role !== 'planner');
  const membership = memberships.find((m) => m.organizationId === org) ?? memberships[0];
  const own = useOrganization(membership?.organizationId);
  const templates = useTemplates();
  return (
    <Page title={t('agreements.create.title')} eyebrow={<BackLink />}>
      {!membership ? (
        <Text>{t('agreements.noOrganization')}</Text>
      ) : (
        <QueryView query={own}>
          {(ownData) => (
            <QueryView query={templates}>
              {(templatesData) => <CreateForm own={ownData} templates={templatesData} />}
            </QueryView>
          )}
        </QueryView>
      )}
    </Page>
  );
}
