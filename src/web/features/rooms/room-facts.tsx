import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatAddress } from '../../components/contact-links';
import { formatEuro, weekdayName } from './format';
import type { Room, RoomListItem } from './types';

export function feeLabel(
  t: TFunction,
  room: Pick<RoomListItem, 'feeModel' | 'feeCentsPerHour' | 'feeSharePercent'>,
) {
  if (room.feeModel === 'per_hour' && room.feeCentsPerHour !== null)
    return t('rooms.fee.perHourValue', { amount: formatEuro(room.feeCentsPerHour) });
  if (room.feeModel === 'course_share' && room.feeSharePercent !== null)
    return t('rooms.fee.shareValue', { percent: room.feeSharePercent });
  return t(`rooms.fee.${room.feeModel}`);
}

export function BookableHoursList({ hours }: { hours: Room['bookableHours'] }) {
  const { t } = useTranslation();
  if (hours.length === 0) return <>{t('rooms.detail.noHours')}</>;
  const sorted = [...hours].sort((a, b) => a.day - b.day || a.from.localeCompare(b.from));
  return (
    <ul className="plain-list">
      {sorted.map((slot) => (
        <li key={`${slot.day}-${slot.from}`}>
          {weekdayName(slot.day)}: {t('rooms.detail.timeRange', { from: slot.from, to: slot.to })}
        </li>
      ))}
    </ul>
  );
}

/** The fact sheet of a room: what a partner needs to know before asking for it. */
export function RoomFacts({ room }: { room: Room }) {
  const { t } = useTranslation();
  const missing = (
    <Text span c="dimmed">
      {t('rooms.detail.none')}
    </Text>
  );
  const address = [room.building, formatAddress(room)].filter(Boolean).join('\n');
  return (
    <dl className="facts">
      <dt>{t('rooms.detail.owner')}</dt>
      <dd>{room.organization.name}</dd>
      <dt>{t('rooms.fields.address')}</dt>
      <dd>{address || missing}</dd>
      <dt>{t('rooms.fields.capacity')}</dt>
      <dd>{room.capacity}</dd>
      <dt>{t('rooms.fields.equipment')}</dt>
      <dd>{room.equipment.map((key) => t(`rooms.equipment.${key}`)).join(', ') || missing}</dd>
      <dt>{t('rooms.fields.accessibility')}</dt>
      <dd>{room.accessibility.map((key) => t(`rooms.accessibility.${key}`)).join(', ') || missing}</dd>
      <dt>{t('rooms.fields.usageRules')}</dt>
      <dd>{room.usageRules || missing}</dd>
      <dt>{t('rooms.fields.feeModel')}</dt>
      <dd>{feeLabel(t, room)}</dd>
      <dt>{t('rooms.fields.bookableHours')}</dt>
      <dd>
        <BookableHoursList hours={room.bookableHours} />
      </dd>
      <dt>{t('rooms.fields.bufferMinutes')}</dt>
      <dd>{t('rooms.detail.minutes', { count: room.bufferMinutes })}</dd>
    </dl>
  );
}
