import { Button, Group, MultiSelect, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem-alert';
import { currentLanguage } from '../../i18n';
import { useDistricts, usePartnerSearch } from './queries';

export interface Values {
  title: string;
  partnerId: string | null;
  hoursPerMonth: number | string;
  validFrom: string;
  validTo: string;
  districtIds: string[];
  needWeights: Record<string, number | string>;
}

export const emptyPool: Values = {
  title: '',
  partnerId: null,
  hoursPerMonth: '',
  validFrom: '',
  validTo: '',
  districtIds: [],
  needWeights: {},
};

function PartnerSelect({
  value,
  initialName,
  error,
  onChange,
}: {
  value: string | null;
  initialName: string | null;
  error?: string | undefined;
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const results = usePartnerSearch(q);
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(
    value && initialName ? { value, label: initialName } : null,
  );
  const options = (results.data ?? []).map((org) => ({ value: org.id, label: org.name }));
  if (picked && !options.some((o) => o.value === picked.value)) options.unshift(picked);
  return (
    <Select
      label={t('pools.form.partner')}
      description={t('pools.form.partnerHint')}
      required
      searchable
      clearable
      data={options}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      error={error}
      filter={({ options: all }) => all}
      onChange={(id, option) => {
        setPicked(id ? option : null);
        onChange(id);
      }}
      maw={480}
    />
  );
}

function localErrorsOf(values: Values, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.title.trim()) errors.title = t('pools.form.required');
  if (!values.partnerId) errors.partnerId = t('pools.form.required');
  if (typeof values.hoursPerMonth !== 'number' || values.hoursPerMonth <= 0)
    errors.hoursPerMonth = t('pools.form.hoursInvalid');
  if (!values.validFrom) errors.validFrom = t('pools.form.required');
  if (!values.validTo) errors.validTo = t('pools.form.required');
  else if (values.validFrom && values.validTo < values.validFrom)
    errors.validTo = t('pools.form.periodOrder');
  return errors;
}

export interface PoolFormBody {
  title: string;
  partnerId: string;
  hoursPerMonth: number;
  validFrom: string;
  validTo: string;
  districtIds: string[];
  needWeights: Record<string, number>;
}

/** The planner's form of a pool (new or changed): fields, checks before sending, the server's field errors. */
export function PoolForm({
  municipalityId,
  initial,
  partnerName,
  submitLabel,
  pending,
  error,
  onSubmit,
}: {
  municipalityId: string;
  initial: Values;
  partnerName: string | null;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (body: PoolFormBody) => void;
}) {
  const { t } = useTranslation();
  const districts = useDistricts(municipalityId);
  const [values, setValues] = useState<Values>(initial);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const weightPaths = Object.keys(values.needWeights).map((id) => `needWeights.${id}`);
  const districtPaths = values.districtIds.map((_, i) => `districtIds.${i}`);
  const serverErrors = fieldErrorsOf(error, [
    'title',
    'partnerId',
    'hoursPerMonth',
    'validFrom',
    'validTo',
    'districtIds',
    ...districtPaths,
    ...weightPaths,
  ]);
  const errors = { ...serverErrors, ...localErrors };
  const districtError = errors.districtIds ?? districtPaths.map((p) => errors[p]).find(Boolean);
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const weighted =
    values.districtIds.length > 0 ? values.districtIds : (districts.data ?? []).map((d) => d.id);
  const nameOf = (id: string) => districts.data?.find((d) => d.id === id)?.name ?? id;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const found = localErrorsOf(values, t);
        setLocalErrors(found);
        if (Object.keys(found).length > 0 || !values.partnerId) return;
        const needWeights = Object.fromEntries(
          Object.entries(values.needWeights).filter(
            (entry): entry is [string, number] => typeof entry[1] === 'number' && weighted.includes(entry[0]),
          ),
        );
        onSubmit({
          title: values.title.trim(),
          partnerId: values.partnerId,
          hoursPerMonth: Number(values.hoursPerMonth),
          validFrom: values.validFrom,
          validTo: values.validTo,
          districtIds: values.districtIds,
          needWeights,
        });
      }}
    >
      <Stack gap="md" maw={760}>
        <ProblemAlert error={error} shownPaths={Object.keys(serverErrors)} />
        <TextInput
          label={t('pools.form.poolTitle')}
          description={t('pools.form.poolTitleHint')}
          required
          value={values.title}
          error={errors.title}
          onChange={(event) => set({ title: event.currentTarget.value })}
        />
        <PartnerSelect
          value={values.partnerId}
          initialName={partnerName}
          error={errors.partnerId}
          onChange={(partnerId) => set({ partnerId })}
        />
        <NumberInput
          label={t('pools.form.hours')}
          required
          min={0}
          max={744}
          step={0.5}
          decimalScale={1}
          decimalSeparator={currentLanguage() === 'en' ? '.' : ','}
          value={values.hoursPerMonth}
          error={errors.hoursPerMonth}
          onChange={(hoursPerMonth) => set({ hoursPerMonth })}
          maw={200}
        />
        <Group gap="md" align="flex-start">
          <TextInput
            type="date"
            label={t('pools.form.validFrom')}
            required
            value={values.validFrom}
            error={errors.validFrom}
            onChange={(event) => set({ validFrom: event.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('pools.form.validTo')}
            required
            value={values.validTo}
            error={errors.validTo}
            onChange={(event) => set({ validTo: event.currentTarget.value })}
          />
        </Group>
        <MultiSelect
          label={t('pools.form.districts')}
          description={t('pools.form.districtsHint')}
          data={(districts.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
          value={values.districtIds}
          error={districtError}
          onChange={(districtIds) => set({ districtIds })}
          maw={480}
        />
        {weighted.length > 0 && (
          <fieldset className="plain-fieldset">
            <legend className="field-label">{t('pools.form.needWeights')}</legend>
            <Text size="sm" c="dimmed" mb="xs">
              {t('pools.form.needWeightsHint')}
            </Text>
            <Group gap="md" align="flex-start">
              {weighted.map((id) => (
                <NumberInput
                  key={id}
                  label={nameOf(id)}
                  min={0}
                  value={values.needWeights[id] ?? ''}
                  error={errors[`needWeights.${id}`]}
                  onChange={(value) => set({ needWeights: { ...values.needWeights, [id]: value } })}
                  maw={160}
                />
              ))}
            </Group>
          </fieldset>
        )}
        <div>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
