import './cooperations.css';
import {
  Badge,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatHours } from '../../components/hours';
import { Page } from '../../components/page';
import { fieldErrorsOf, ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { offeringFormats } from '../offerings/types';
import { useMe } from '../session/queries';
import { useCreateModel, useModels } from './queries';
import type { CooperationModel, ModelList } from './types';

function ModelEntry({ model }: { model: CooperationModel }) {
  const { t } = useTranslation();
  return (
    <Paper component="li" withBorder p="sm" radius="sm">
      <Stack gap={4}>
        <Group gap="xs">
          <Text fw={600}>{model.name}</Text>
          {model.builtIn && (
            <Badge variant="light" tt="none">
              {t('cooperations.models.builtIn')}
            </Badge>
          )}
          {model.municipalityId && (
            <Badge variant="outline" tt="none">
              {t('cooperations.models.municipal')}
            </Badge>
          )}
        </Group>
        {model.description && <Text size="sm">{model.description}</Text>}
        {model.typicalHoursPerMonth !== null && (
          <Text size="sm">
            {t('cooperations.model.typicalHours', { hours: formatHours(model.typicalHoursPerMonth) })}
          </Text>
        )}
        {model.agreementTemplateKey && (
          <Text size="sm">{t('cooperations.model.template', { template: model.agreementTemplateKey })}</Text>
        )}
        {model.offeringFormats.length > 0 && (
          <Text size="sm">
            {t('cooperations.model.formats', {
              formats: model.offeringFormats.map((f) => t(`offerings.format.${f as 'open_cafe'}`)).join(', '),
            })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

const fields = [
  'key',
  'municipalityId',
  'nameDe',
  'nameEn',
  'descriptionDe',
  'descriptionEn',
  'typicalHoursPerMonth',
  'agreementTemplateKey',
  'offeringFormats',
] as const;
const empty = {
  key: '',
  scope: '',
  nameDe: '',
  nameEn: '',
  descriptionDe: '',
  descriptionEn: '',
  hours: '' as string | number,
  template: '',
  formats: [] as string[],
};

function NewModelForm({ permissions }: { permissions: ModelList['permissions'] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data: me } = useMe();
  const create = useCreateModel();
  const scopes = [
    ...(permissions.createInstanceWide ? [{ value: '', label: t('cooperations.models.instanceWide') }] : []),
    ...permissions.createForMunicipalityIds.map((id) => ({
      value: id,
      label:
        me?.memberships.find((m) => m.municipalityId === id && m.organizationType === 'youth_office')
          ?.organizationName ?? id,
    })),
  ];
  const [values, setValues] = useState({ ...empty, scope: scopes[0]?.value ?? '' });
  const [created, setCreated] = useState<string | null>(null);
  const errors = fieldErrorsOf(create.error, fields);
  const set = (key: keyof typeof values, value: unknown) => setValues((v) => ({ ...v, [key]: value }));
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setCreated(null);
          create.mutate(
            {
              key: values.key.trim(),
              municipalityId: values.scope || null,
              nameDe: values.nameDe,
              nameEn: values.nameEn,
              descriptionDe: values.descriptionDe,
              descriptionEn: values.descriptionEn,
              typicalHoursPerMonth: values.hours === '' ? null : Number(values.hours),
              agreementTemplateKey: values.template.trim() || null,
              offeringFormats: values.formats,
            },
            {
              onSuccess: (model) => {
                setCreated(model.name);
                setValues({ ...empty, scope: values.scope });
              },
            },
          );
        }}
      >
        <Stack gap="sm" maw={720}>
          <Title order={2} size="h3" id={headingId}>
            {t('cooperations.models.add')}
          </Title>
          <ProblemAlert error={create.error} shownPaths={Object.keys(errors)} />
          {created && <StatusMessage>{t('cooperations.models.created', { name: created })}</StatusMessage>}
          <Select
            label={t('cooperations.models.scope')}
            data={scopes}
            value={values.scope}
            allowDeselect={false}
            error={errors.municipalityId}
            onChange={(v) => set('scope', v ?? '')}
          />
          <TextInput
            label={t('cooperations.models.key')}
            description={t('cooperations.models.keyHint')}
            required
            value={values.key}
            error={errors.key}
            onChange={(e) => set('key', e.currentTarget.value)}
          />
          <TextInput
            label={t('cooperations.models.nameDe')}
            required
            value={values.nameDe}
            error={errors.nameDe}
            onChange={(e) => set('nameDe', e.currentTarget.value)}
          />
          <TextInput
            label={t('cooperations.models.nameEn')}
            required
            value={values.nameEn}
            error={errors.nameEn}
            onChange={(e) => set('nameEn', e.currentTarget.value)}
          />
          <Textarea
            label={t('cooperations.models.descriptionDe')}
            autosize
            minRows={2}
            value={values.descriptionDe}
            error={errors.descriptionDe}
            onChange={(e) => set('descriptionDe', e.currentTarget.value)}
          />
          <Textarea
            label={t('cooperations.models.descriptionEn')}
            autosize
            minRows={2}
            value={values.descriptionEn}
            error={errors.descriptionEn}
            onChange={(e) => set('descriptionEn', e.currentTarget.value)}
          />
          <NumberInput
            label={t('cooperations.models.typicalHours')}
            min={0}
            max={744}
            step={0.5}
            decimalScale={1}
            value={values.hours}
            error={errors.typicalHoursPerMonth}
            onChange={(v) => set('hours', v)}
            maw={240}
          />
          <TextInput
            label={t('cooperations.models.template')}
            value={values.template}
            error={errors.agreementTemplateKey}
            onChange={(e) => set('template', e.currentTarget.value)}
          />
          <MultiSelect
            label={t('cooperations.models.formats')}
            data={offeringFormats.map((f) => ({ value: f, label: t(`offerings.format.${f}`) }))}
            value={values.formats}
            error={errors.offeringFormats}
            onChange={(v) => set('formats', v)}
          />
          <div>
            <Button type="submit" loading={create.isPending}>
              {t('cooperations.models.create')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}

export function ModelsPage() {
  const { t } = useTranslation();
  const models = useModels();
  return (
    <Page title={t('cooperations.models.title')}>
      <Text>{t('cooperations.models.intro')}</Text>
      <QueryView query={models}>
        {(data) => (
          <>
            <Stack
              component="ul"
              gap="xs"
              className="cooperation-list"
              aria-label={t('cooperations.models.title')}
            >
              {data.items.map((model) => (
                <ModelEntry key={model.id} model={model} />
              ))}
            </Stack>
            {(data.permissions.createInstanceWide ||
              data.permissions.createForMunicipalityIds.length > 0) && (
              <NewModelForm permissions={data.permissions} />
            )}
          </>
        )}
      </QueryView>
    </Page>
  );
}
