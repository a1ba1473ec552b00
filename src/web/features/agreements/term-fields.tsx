import { Checkbox, Group, NumberInput, Stack, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

export interface TermValues {
  startDate: string;
  endDate: string;
  openEnded: boolean;
  autoRenewal: boolean;
  renewalMonths: number;
  noticePeriodMonths: number;
  reviewDate: string;
}

export const termFieldPaths = [
  'term.startDate',
  'term.endDate',
  'term.renewalMonths',
  'term.noticePeriodMonths',
  'term.reviewDate',
] as const;

/** Checks the browser can do before asking the server (the server checks again). */
export function termErrors(values: TermValues, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.startDate) errors['term.startDate'] = t('agreements.term.startRequired');
  if (!values.openEnded && !values.endDate) errors['term.endDate'] = t('agreements.term.endRequired');
  if (!values.openEnded && values.endDate && values.startDate && values.endDate < values.startDate) {
    errors['term.endDate'] = t('agreements.term.endBeforeStart');
  }
  return errors;
}

export function termBody(values: TermValues) {
  return {
    startDate: values.startDate,
    endDate: values.openEnded ? null : values.endDate,
    autoRenewal: values.autoRenewal,
    renewalMonths: values.renewalMonths,
    noticePeriodMonths: values.noticePeriodMonths,
    reviewDate: values.reviewDate || null,
  };
}

/** Start, end or open-ended, automatic renewal, notice period, review date. */
export function TermFields({
  values,
  errors,
  onChange,
}: {
  values: TermValues;
  errors: Record<string, string>;
  onChange: (patch: Partial<TermValues>) => void;
}) {
  const { t } = useTranslation();
  const months = (value: string | number, fallback: number) =>
    typeof value === 'number' && Number.isFinite(value) ? value : fallback;
  return (
    <Stack gap="sm">
      <Group gap="md" align="flex-start" wrap="wrap">
        <TextInput
          type="date"
          required
          label={t('agreements.term.start')}
          value={values.startDate}
          error={errors['term.startDate']}
          onChange={(event) => onChange({ startDate: event.currentTarget.value })}
          w={200}
        />
        <TextInput
          type="date"
          label={t('agreements.term.end')}
          value={values.openEnded ? '' : values.endDate}
          disabled={values.openEnded}
          error={errors['term.endDate']}
          onChange={(event) => onChange({ endDate: event.currentTarget.value })}
          w={200}
        />
      </Group>
      <Checkbox
        label={t('agreements.term.openEnded')}
        checked={values.openEnded}
        onChange={(event) => onChange({ openEnded: event.currentTarget.checked })}
      />
      <Checkbox
        label={t('agreements.term.autoRenewal')}
        checked={values.autoRenewal}
        onChange={(event) => onChange({ autoRenewal: event.currentTarget.checked })}
      />
      <Group gap="md" align="flex-start" wrap="wrap">
        {values.autoRenewal && (
          <NumberInput
            label={t('agreements.term.renewalMonths')}
            min={1}
            max={120}
            value={values.renewalMonths}
            error={errors['term.renewalMonths']}
            onChange={(value) => onChange({ renewalMonths: months(value, 12) })}
            w={200}
          />
        )}
        <NumberInput
          label={t('agreements.term.noticePeriod')}
          min={0}
          max={60}
          value={values.noticePeriodMonths}
          error={errors['term.noticePeriodMonths']}
          onChange={(value) => onChange({ noticePeriodMonths: months(value, 0) })}
          w={200}
        />
        <TextInput
          type="date"
          label={t('agreements.term.reviewDate')}
          value={values.reviewDate}
          error={errors['term.reviewDate']}
          onChange={(event) => onChange({ reviewDate: event.currentTarget.value })}
          w={200}
        />
      </Group>
    </Stack>
  );
}
