import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Municipality, OrganizationCreate } from '../../api/types';
import { organizationTypes } from '../../api/types';
import { fieldErrorsOf, ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { useMe } from '../session/queries';
import { useCreateOrganization, useDistricts, useProviders } from './queries';

const formFields = [
  'type',
  'name',
  'municipalityId',
  'districtId',
  'providerId',
  'street',
  'postalCode',
  'city',
  'lat',
  'lng',
] as const;

type FormValues = Record<(typeof formFields)[number], string>;

/** Accepts both decimal separators (51,51 and 51.51). */
function parseCoordinate(value: string): number | null | undefined {
  const trimmed = value.trim();
  if (!trimmed) return null;
  const number = Number(trimmed.replace(',', '.'));
  return Number.isFinite(number) ? number : undefined;
}

const orUndefined = (value: string) => (value.trim() === '' ? undefined : value.trim());

interface CreateOrganizationFormProps {
  municipalities: Municipality[];
  defaultMunicipalityId: string | null;
}

export function CreateOrganizationForm({
  municipalities,
  defaultMunicipalityId,
}: CreateOrganizationFormProps) {
  const { t } = useTranslation();
  const create = useCreateOrganization();
  const { data: me } = useMe();
  const types = organizationTypes.filter(
    (type) => type !== 'state_office' || me?.permissions.createStateOffice,
  );
  const [created, setCreated] = useState<string | null>(null);
  const typeInput = useRef<HTMLInputElement>(null);
  useEffect(() => typeInput.current?.focus(), []);

  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: {
      type: '',
      name: '',
      municipalityId: defaultMunicipalityId ?? '',
      districtId: '',
      providerId: '',
      street: '',
      postalCode: '',
      city: '',
      lat: '',
      lng: '',
    },
    validate: {
      type: (value) => (value ? null : t('admin.typeRequired')),
      name: (value) => (value.trim() ? null : t('admin.nameRequired')),
      municipalityId: (value) => (value ? null : t('admin.municipalityRequired')),
      lat: (value) => (parseCoordinate(value) === undefined ? t('admin.invalidNumber') : null),
      lng: (value) => (parseCoordinate(value) === undefined ? t('admin.invalidNumber') : null),
    },
  });

  const municipalityId = form.values.municipalityId || null;
  const districts = useDistricts(municipalityId);
  const providers = useProviders(municipalityId);

  const submit = form.onSubmit((values) => {
    const type = organizationTypes.find((candidate) => candidate === values.type);
    if (!type) return;
    const body: OrganizationCreate = {
      type,
      name: values.name.trim(),
      municipalityId: values.municipalityId,
      districtId: orUndefined(values.districtId),
      providerId: orUndefined(values.providerId),
      street: orUndefined(values.street),
      postalCode: orUndefined(values.postalCode),
      city: orUndefined(values.city),
      lat: parseCoordinate(values.lat) ?? undefined,
      lng: parseCoordinate(values.lng) ?? undefined,
    };
    setCreated(null);
    create.mutate(body, {
      onSuccess: (organization) => {
        setCreated(t('admin.created', { name: organization.name }));
        form.setValues({
          ...form.getInitialValues(),
          type: values.type,
          municipalityId: values.municipalityId,
        });
        typeInput.current?.focus();
      },
      onError: (error) => form.setErrors(fieldErrorsOf(error, formFields)),
    });
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        <StatusMessage>{created}</StatusMessage>
        <ProblemAlert
          error={create.error}
          shownPaths={Object.keys(fieldErrorsOf(create.error, formFields))}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            ref={typeInput}
            label={t('admin.type')}
            required
            data={types.map((type) => ({ value: type, label: t(`organizationType.${type}`) }))}
            allowDeselect={false}
            {...form.getInputProps('type')}
          />
          <TextInput label={t('admin.fields.name')} required {...form.getInputProps('name')} />
          <Select
            label={t('admin.municipality')}
            required
            data={municipalities.map((m) => ({ value: m.id, label: `${m.name} (${m.state})` }))}
            allowDeselect={false}
            {...form.getInputProps('municipalityId')}
            onChange={(value) => {
              form.setFieldValue('municipalityId', value ?? '');
              form.setFieldValue('districtId', '');
              form.setFieldValue('providerId', '');
            }}
          />
          <Select
            label={t('admin.district')}
            placeholder={t('admin.noDistrict')}
            data={(districts.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            clearable
            disabled={!municipalityId}
            {...form.getInputProps('districtId')}
            value={form.values.districtId || null}
            onChange={(value) => form.setFieldValue('districtId', value ?? '')}
          />
          <Select
            label={t('admin.provider')}
            placeholder={t('admin.noProvider')}
            data={(providers.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            searchable
            clearable
            disabled={!municipalityId}
            {...form.getInputProps('providerId')}
            value={form.values.providerId || null}
            onChange={(value) => form.setFieldValue('providerId', value ?? '')}
          />
          <TextInput label={t('admin.fields.street')} autoComplete="off" {...form.getInputProps('street')} />
          <TextInput
            label={t('admin.fields.postalCode')}
            inputMode="numeric"
            autoComplete="off"
            {...form.getInputProps('postalCode')}
          />
          <TextInput label={t('admin.fields.city')} autoComplete="off" {...form.getInputProps('city')} />
          <TextInput
            label={t('admin.lat')}
            description={t('admin.coordinatesHint')}
            inputMode="decimal"
            {...form.getInputProps('lat')}
          />
          <TextInput
            label={t('admin.lng')}
            description={t('admin.coordinatesHint')}
            inputMode="decimal"
            {...form.getInputProps('lng')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('admin.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
