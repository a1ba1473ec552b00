import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/types';
import { AnchorLink } from '../../components/link';

export interface OrganizationChoice {
  id: string;
  name: string;
  role: string;
}

/** The organisations the user works for: their rooms, calendars and requests. */
export function organizationsOf(me: Me | null | undefined): OrganizationChoice[] {
  return (me?.memberships ?? []).map((m) => ({
    id: m.organizationId,
    name: m.organizationName,
    role: m.role,
  }));
}

/** The links between the rooms pages (a list, so that screen readers announce how many there are). */
export function RoomsSections() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('rooms.sections.label')}>
      <ul className="rooms-sections">
        <li>
          <AnchorLink
            to="/raeume"
            activeOptions={{ exact: true }}
            activeProps={{ 'aria-current': 'page', fw: 700 }}
          >
            {t('rooms.sections.mine')}
          </AnchorLink>
        </li>
        <li>
          <AnchorLink to="/raeume/suche" activeProps={{ 'aria-current': 'page', fw: 700 }}>
            {t('rooms.sections.search')}
          </AnchorLink>
        </li>
        <li>
          <AnchorLink to="/raeume/anfragen" activeProps={{ 'aria-current': 'page', fw: 700 }}>
            {t('rooms.sections.inbox')}
          </AnchorLink>
        </li>
        <li>
          <AnchorLink to="/raeume/kalender" activeProps={{ 'aria-current': 'page', fw: 700 }}>
            {t('rooms.sections.calendar')}
          </AnchorLink>
        </li>
        <li>
          <AnchorLink to="/raeume/auslastung" activeProps={{ 'aria-current': 'page', fw: 700 }}>
            {t('rooms.sections.utilisation')}
          </AnchorLink>
        </li>
      </ul>
    </nav>
  );
}

export function OrganizationSelect({
  organizations,
  value,
  onChange,
}: {
  organizations: readonly OrganizationChoice[];
  value: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  if (organizations.length < 2) return null;
  return (
    <Select
      label={t('rooms.list.chooseOrganization')}
      data={organizations.map((o) => ({ value: o.id, label: o.name }))}
      value={value}
      allowDeselect={false}
      maw={420}
      onChange={(next) => {
        if (next) onChange(next);
      }}
    />
  );
}
