import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatHours } from '../../components/hours';
import { formatDate } from '../../i18n';
import { useMe } from '../session/queries';
import type { SideDecision } from './types';

/** Whether the signed-in person belongs to the organisation (which side of a cooperation is their own). */
export function useOwnSide() {
  const { data: me } = useMe();
  const own = new Set((me?.memberships ?? []).map((m) => m.organizationId));
  return (organizationId: string) => own.has(organizationId);
}

/** One side's decision in words (never by colour alone): decision, hours, date; "not shared" when hidden. */
export function DecisionText({
  label,
  decision,
  own,
}: {
  label: string;
  decision: SideDecision | null;
  /** The viewer's own side: no decision there means none was taken yet (not that it is hidden). */
  own: boolean;
}) {
  const { t } = useTranslation();
  let text: string;
  if (!decision?.decision) text = t(own ? 'cooperations.decision.none' : 'cooperations.decision.hidden');
  else {
    text = [
      t(`cooperations.decision.${decision.decision}`),
      t('cooperations.decision.hours', { hours: formatHours(decision.hoursPerMonth) }),
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
