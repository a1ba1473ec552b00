import { Radio, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatHours } from '../../components/hours';
import type { FormValues } from './form-model';
import { totalOf } from './form-model';
import { formatDay } from './format';
import type { Assessment, Decision } from './types';
import { decisions } from './types';

const NONE = 'none';

interface DecisionFieldsProps {
  assessment: Assessment;
  values: FormValues;
  set: <K extends keyof FormValues>(key: K, value: FormValues[K]) => void;
  errors: Record<string, string>;
}

/** Decision, its date, the review date, and sharing with the other side (what it will see, said plainly). */
export function DecisionFields({ assessment, values, set, errors }: DecisionFieldsProps) {
  const { t } = useTranslation();
  const { decide, share } = assessment.permissions;
  const decidedBy = assessment.current.decidedBy;
  const other = assessment.otherSide.name;
  return (
    <Stack gap="md">
      <Radio.Group
        label={t('assessments.decision.label')}
        description={decide ? undefined : t('assessments.decision.onlyLeads')}
        value={values.decision === '' ? NONE : values.decision}
        onChange={(next) => set('decision', next === NONE ? '' : (next as Decision))}
        error={errors.decision}
      >
        <Stack gap="xs" mt="xs">
          {decisions.map((d) => (
            <Radio key={d} value={d} label={t(`assessments.decision.${d}`)} disabled={!decide} />
          ))}
          <Radio value={NONE} label={t('assessments.decision.none')} disabled={!decide} />
        </Stack>
      </Radio.Group>
      {decidedBy && assessment.current.decidedOn && (
        <Text size="sm">
          {t('assessments.decision.decidedBy', {
            name: decidedBy.name,
            date: formatDay(assessment.current.decidedOn),
          })}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('assessments.decision.decidedOn')}
          value={values.decidedOn}
          onChange={(event) => set('decidedOn', event.currentTarget.value)}
          error={errors.decidedOn}
          disabled={!decide}
        />
        <TextInput
          type="date"
          label={t('assessments.decision.reviewOn')}
          value={values.reviewOn}
          onChange={(event) => set('reviewOn', event.currentTarget.value)}
          error={errors.reviewOn}
        />
      </SimpleGrid>
      <Switch
        label={t('assessments.sharing.label', { other })}
        description={
          <>
            {t('assessments.sharing.explanation', { other, hours: formatHours(totalOf(values.hours)) })}
            {!share && ` ${t('assessments.sharing.onlyLeads')}`}
          </>
        }
        checked={values.isShared}
        onChange={(event) => set('isShared', event.currentTarget.checked)}
        error={errors.isShared}
        disabled={!share}
      />
    </Stack>
  );
}
