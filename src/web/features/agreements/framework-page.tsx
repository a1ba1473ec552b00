import './agreements.css';
import { Button, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/link';
import { Page } from '../../components/page';
import { fieldErrorsOf, ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { useMe } from '../session/queries';
import { BackLink } from './components';
import { useCreateFramework, useDistricts, useTemplates } from './queries';
import { TermFields, type TermValues, termBody, termErrors, termFieldPaths } from './term-fields';
import type { FrameworkResult } from './types';

const initialTerm: TermValues = {
  startDate: '',
  endDate: '',
  openEnded: true,
  autoRenewal: false,
  renewalMonths: 12,
  noticePeriodMonths: 3,
  reviewDate: '',
};

function Created({ result }: { result: FrameworkResult }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <StatusMessage>{t('agreements.framework.created', { count: result.created })}</StatusMessage>
      <ul className="plain-list">
        {result.items.map((item) => (
          <li key={item.id}>
            <AnchorLink to="/vereinbarungen/$agreementId" params={{ agreementId: item.id }}>
              {item.title}
            </AnchorLink>
            <Text size="sm" span>
              {' '}
              · {item.parties.join(' · ')}
            </Text>
          </li>
        ))}
      </ul>
    </Stack>
  );
}

/** The Jugendamt's "Basiskooperation": one agreement per counselling centre × family centre of a district. */
export function FrameworkPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const planner = me?.memberships.find((m) => m.role === 'planner');
  const districts = useDistricts(planner?.municipalityId);
  const templates = useTemplates();
  const create = useCreateFramework();
  const [districtId, setDistrictId] = useState<string | null>(null);
  const [title, setTitle] = useState('Basiskooperation');
  const [term, setTerm] = useState<TermValues>(initialTerm);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const serverErrors = fieldErrorsOf(create.error, ['districtId', 'title', ...termFieldPaths]);
  const errors = { ...serverErrors, ...localErrors };
  const template = templates.data?.find((candidate) => candidate.type === 'basic_cooperation');

  return (
    <Page title={t('agreements.framework.title')} eyebrow={<BackLink />}>
      {!planner ? (
        <Text>{t('agreements.framework.notPlanner')}</Text>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const found = termErrors(term, t);
            if (!districtId) found.districtId = t('agreements.framework.districtRequired');
            if (!title.trim()) found.title = t('agreements.create.titleRequired');
            setLocalErrors(found);
            if (!districtId || Object.keys(found).length > 0) return;
            create.mutate({
              districtId,
              title: title.trim(),
              ...(template ? { templateId: template.id } : {}),
              term: termBody(term),
            });
          }}
        >
          <Stack gap="md" maw={760}>
            <Text>{t('agreements.framework.intro')}</Text>
            <ProblemAlert error={create.error} shownPaths={Object.keys(serverErrors)} />
            {create.data && <Created result={create.data} />}
            <Select
              label={t('agreements.framework.district')}
              required
              data={(districts.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
              value={districtId}
              error={errors.districtId}
              onChange={setDistrictId}
              maw={420}
            />
            <TextInput
              label={t('agreements.framework.agreementTitle')}
              required
              value={title}
              error={errors.title}
              onChange={(event) => setTitle(event.currentTarget.value)}
            />
            <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="fieldset" className="plain-fieldset">
              <Stack gap="sm">
                <Title order={2} size="h4" component="legend">
                  {t('agreements.term.heading')}
                </Title>
                <TermFields
                  values={term}
                  errors={errors}
                  onChange={(patch) => setTerm((v) => ({ ...v, ...patch }))}
                />
              </Stack>
            </Paper>
            <div>
              <Button type="submit" loading={create.isPending}>
                {t('agreements.framework.submit')}
              </Button>
            </div>
          </Stack>
        </form>
      )}
    </Page>
  );
}
