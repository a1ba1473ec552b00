import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/link';
import type { Agreement, AgreementStatus, Party } from './types';

/** Dark shades only: the outline badge's text must keep 4.5:1 contrast on white. */
const statusColor: Record<AgreementStatus, string> = {
  draft: 'gray.7',
  in_review: 'blue.9',
  ready_for_signature: 'cyan.9',
  signed: 'indigo.9',
  active: 'teal.9',
  review_due: 'red.9',
  amended: 'violet.9',
  ended: 'gray.8',
};

export function StatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={statusColor[status]} tt="none">
      {t(`agreements.status.${status}`)}
    </Badge>
  );
}

/** "Stadt Musterstadt (für Familienzentrum Sonnenblume)": the Träger, and whom it acts for. */
export function partyLabel(party: Party, actsFor: (facilities: string) => string): string {
  const facilities = party.facilities.map((f) => f.name).join(', ');
  return facilities ? `${party.organization.name} (${actsFor(facilities)})` : party.organization.name;
}

export function PartyNames({ parties }: { parties: Party[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} component="span">
      {parties.map((party, index) => (
        <Text key={party.id} span size="sm">
          {partyLabel(party, (facilities) => t('agreements.detail.actsFor', { facilities }))}
          {index < parties.length - 1 ? ' · ' : ''}
        </Text>
      ))}
    </Group>
  );
}

/** Above the heading of each agreements page; also marks the page for agreements.css. */
export function BackLink() {
  const { t } = useTranslation();
  return (
    <div className="agreements-page">
      <AnchorLink to="/vereinbarungen" size="sm">
        {t('agreements.back')}
      </AnchorLink>
    </div>
  );
}

/** Labels of an agreement's parties by id (two parties may share one Träger, so the facility is named too). */
export function usePartyLabels(agreement: Agreement) {
  const { t } = useTranslation();
  const labels = new Map(
    agreement.parties.map((party) => [
      party.id,
      partyLabel(party, (facilities) => t('agreements.detail.actsFor', { facilities })),
    ]),
  );
  return (partyId: string, fallback = '') => labels.get(partyId) ?? fallback;
}
