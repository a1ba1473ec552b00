import { Group, Radio } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const values = ['1', '2', '3', '4', '5'] as const;
const NONE = 'none';

interface ScaleFieldProps {
  label: string;
  description?: string | null;
  /** '' when not answered. */
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  disabled?: boolean;
}

/** A scale 1 … 5 as a radio group: each choice with its number and its meaning, and "not answered". */
export function ScaleField({ label, description, value, onChange, error, disabled }: ScaleFieldProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={label}
      description={description ?? undefined}
      value={value === '' ? NONE : value}
      onChange={(next) => onChange(next === NONE ? '' : next)}
      error={error}
    >
      <Group gap="md" mt="xs" wrap="wrap">
        {values.map((v) => (
          <Radio
            key={v}
            value={v}
            disabled={disabled}
            label={`${v} – ${t(`assessments.scale.values.${v}`)}`}
          />
        ))}
        <Radio value={NONE} disabled={disabled} label={t('assessments.scale.notAnswered')} />
      </Group>
    </Radio.Group>
  );
}
