import {
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem-alert';
import { type Cycle, type CycleList, useCreateCycle, useUpdateCycle } from './cycle-queries';

const fields = ['certifiedOn', 'validUntil', 'reviewYear', 'editionId', 'note'] as const;

interface Values {
  certifiedOn: string;
  validUntil: string;
  reviewYear: number | '';
  editionId: string | null;
  note: string;
}

function initialValues(list: CycleList, cycle: Cycle | null): Values {
  if (cycle)
    return {
      certifiedOn: cycle.certifiedOn,
      validUntil: cycle.validUntil,
      reviewYear: cycle.reviewYear,
      editionId: cycle.edition.id,
      note: cycle.note,
    };
  const current = list.editions.find((e) => e.current) ?? list.editions[0];
  return { certifiedOn: '', validUntil: '', reviewYear: '', editionId: current?.id ?? null, note: '' };
}

interface CycleFormProps {
  list: CycleList;
  /** The cycle to correct; null records a new certification. */
  cycle: Cycle | null;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * Record or correct a certification. Left empty, "valid until" and the review year take the server's defaults
 * (four years; the year before), so a lead only types the day on the certificate.
 */
export function CycleForm({ list, cycle, onDone, onCancel }: CycleFormProps) {
  const { t } = useTranslation();
  const create = useCreateCycle(list.subject.id);
  const update = useUpdateCycle();
  const mutation = cycle ? update : create;
  const [values, setValues] = useState<Values>(() => initialValues(list, cycle));
  const [missing, setMissing] = useState(false);
  const errors = fieldErrorsOf(mutation.error, fields);
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const submit = () => {
    setMissing(!values.certifiedOn);
    if (!values.certifiedOn) return;
    const body = {
      certifiedOn: values.certifiedOn,
      ...(values.validUntil && { validUntil: values.validUntil }),
      ...(values.reviewYear !== '' && { reviewYear: values.reviewYear }),
      ...(values.editionId && { editionId: values.editionId }),
      note: values.note.trim(),
    };
    if (cycle)
      update.mutate({ id: cycle.id, body: { ...body, version: cycle.version } }, { onSuccess: onDone });
    else create.mutate(body, { onSuccess: onDone });
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm" maw={560}>
        <ProblemAlert error={mutation.error} shownPaths={Object.keys(errors)} />
        <Title order={3} size="h5">
          {cycle ? t('sealCycle.edit') : t('sealCycle.record')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            type="date"
            label={t('sealCycle.form.certifiedOn')}
            required
            value={values.certifiedOn}
            onChange={(e) => set({ certifiedOn: e.currentTarget.value })}
            error={missing ? t('sealCycle.form.required') : errors.certifiedOn}
          />
          <TextInput
            type="date"
            label={t('sealCycle.form.validUntil')}
            description={cycle ? undefined : t('sealCycle.form.validUntilHint')}
            value={values.validUntil}
            onChange={(e) => set({ validUntil: e.currentTarget.value })}
            error={errors.validUntil}
          />
          <NumberInput
            label={t('sealCycle.form.reviewYear')}
            description={cycle ? undefined : t('sealCycle.form.reviewYearHint')}
            value={values.reviewYear}
            onChange={(value) => set({ reviewYear: typeof value === 'number' ? value : '' })}
            min={2000}
            max={2100}
            allowDecimal={false}
            error={errors.reviewYear}
          />
          <Select
            label={t('sealCycle.form.edition')}
            data={list.editions.map((e) => ({
              value: e.id,
              label: e.current ? t('sealCycle.form.currentEdition', { title: e.title }) : e.title,
            }))}
            value={values.editionId}
            onChange={(editionId) => set({ editionId })}
            allowDeselect={false}
            error={errors.editionId}
          />
        </SimpleGrid>
        <Textarea
          label={t('sealCycle.form.note')}
          autosize
          minRows={2}
          maxLength={2000}
          value={values.note}
          onChange={(e) => set({ note: e.currentTarget.value })}
          error={errors.note}
        />
        <Group gap="sm">
          <Button type="submit" loading={mutation.isPending}>
            {t('sealCycle.form.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('sealCycle.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
