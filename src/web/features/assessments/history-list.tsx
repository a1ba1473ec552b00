import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatHours } from '../../components/hours';
import { formatDay } from './format';
import type { Assessment } from './types';

/** Every saved revision, newest first: when, who, the decision and the hours. */
export function HistoryList({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  if (assessment.history.length <= 1) return <Text size="sm">{t('assessments.history.empty')}</Text>;
  return (
    <List spacing="xs">
      {assessment.history.map((r) => (
        <List.Item key={r.number}>
          <Text size="sm" fw={r.number === assessment.current.number ? 600 : undefined}>
            {t('assessments.history.entry', {
              number: r.number,
              date: formatDay(r.createdAt),
              name: r.createdBy?.name ?? t('assessments.history.unknownPerson'),
            })}
            {r.number === assessment.current.number && ` (${t('assessments.history.current')})`}
          </Text>
          <Text size="sm">
            {t('assessments.history.summary', {
              decision: r.decision ? t(`assessments.decision.${r.decision}`) : t('assessments.decision.none'),
              hours: formatHours(r.hoursPerMonth),
            })}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
