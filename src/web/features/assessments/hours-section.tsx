import { SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatHours } from '../../components/hours';
import type { FormValues } from './form-model';
import { totalOf } from './form-model';
import { type HourField, hourFields } from './types';

interface HoursSectionProps {
  hours: FormValues['hours'];
  onChange: (field: HourField, value: string) => void;
  errors: Record<string, string>;
  disabled: boolean;
}

/** The four hour fields with their sum, announced when it changes. */
export function HoursFields({ hours, onChange, errors, disabled }: HoursSectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm">{t('assessments.hours.hint')}</Text>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        {hourFields.map((field) => (
          <TextInput
            key={field}
            label={t(`assessments.hours.${field}`)}
            inputMode="decimal"
            value={hours[field]}
            onChange={(event) => onChange(field, event.currentTarget.value)}
            error={errors[`hours.${field}`]}
            disabled={disabled}
          />
        ))}
      </SimpleGrid>
      <Text fw={600} aria-live="polite">
        {t('assessments.hours.total', { total: formatHours(totalOf(hours)) })}
      </Text>
      {errors.hours && (
        <Text c="red.9" size="sm" role="alert">
          {errors.hours}
        </Text>
      )}
    </>
  );
}
