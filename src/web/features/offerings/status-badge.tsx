import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OfferingStatus } from './types';

/** Colours of the development status (all at least 4.5:1 against their background). */
const statusBadge: Record<OfferingStatus, { variant: 'filled' | 'outline'; color: string }> = {
  idea: { variant: 'outline', color: 'gray.8' },
  proposed: { variant: 'outline', color: 'blue.9' },
  agreed: { variant: 'filled', color: 'blue.9' },
  published: { variant: 'filled', color: 'teal.9' },
  running: { variant: 'filled', color: 'teal.9' },
  evaluated: { variant: 'outline', color: 'teal.9' },
  ended: { variant: 'outline', color: 'gray.8' },
  cancelled: { variant: 'outline', color: 'red.9' },
};

export function StatusBadge({ status }: { status: OfferingStatus }) {
  const { t } = useTranslation();
  return (
    <Badge {...statusBadge[status]} tt="none" size="lg">
      {t(`offerings.status.${status}`)}
    </Badge>
  );
}
