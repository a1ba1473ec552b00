import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n';
import type { SideDecision } from './types';

/** One side's decision in words (never by colour alone): decision, hours, date; "not shared" when hidden. */
export function DecisionText({ label, decision }: { label: string; decision: SideDecision | null }) {
  const { t } = useTranslation();
  let text: string;
  if (!decision) text = t('cooperations.decision.hidden');
  else if (!decision.decision) text = t('cooperations.decision.none');
  else {
    text = [
      t(`cooperations.decision.${decision.decision}`),
      t('cooperations.decision.hours', { hours: decision.hoursPerMonth.toLocaleString() }),
      decision.decidedOn
        ? t('cooperations.decision.decidedOn', { date: formatDate(decision.decidedOn) })
        : null,
    ]
      .filter(Boolean)
      .join(', ');
  }
  return (
    <Text size="sm">
      <Text span fw={600} size="sm">
        {label}:
      </Text>{' '}
      {text}
    </Text>
  );
}
