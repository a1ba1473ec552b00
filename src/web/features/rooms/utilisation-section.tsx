import { Paper, Stack, Table, Title } from '@mantine/core';
import { DateTime } from 'luxon';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert';
import { formatMonth, formatNumber, formatPercent, zone } from './format';
import { useRoomUtilisation } from './queries';
import type { Room } from './types';

function MonthRow({ room, month }: { room: Room; month: string }) {
  const { t } = useTranslation();
  const figures = useRoomUtilisation(room.id, month, true);
  const label = formatMonth(`${month}-01`);
  if (figures.isError)
    return (
      <Table.Tr>
        <Table.Th scope="row">{label}</Table.Th>
        <Table.Td colSpan={3}>
          <ProblemAlert error={figures.error} />
        </Table.Td>
      </Table.Tr>
    );
  const data = figures.data;
  return (
    <Table.Tr>
      <Table.Th scope="row">{label}</Table.Th>
      <Table.Td>{data ? formatNumber(data.bookedHours) : '…'}</Table.Td>
      <Table.Td>{data ? formatNumber(data.bookableHours) : '…'}</Table.Td>
      <Table.Td>{data ? (data.ratio === null ? '–' : formatPercent(data.ratio)) : t('app.loading')}</Table.Td>
    </Table.Tr>
  );
}

/** Booked hours / bookable hours for this month and the next two: room shortage shows here first. */
export function UtilisationSection({ room }: { room: Room }) {
  const { t } = useTranslation();
  if (!room.permissions.viewUtilisation) return null;
  const start = DateTime.now().setZone(zone).startOf('month');
  const months = [0, 1, 2].map((offset) => start.plus({ months: offset }).toFormat('yyyy-MM'));
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="utilisation-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="utilisation-heading">
          {t('rooms.utilisation.heading')}
        </Title>
        <Table aria-labelledby="utilisation-heading">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('rooms.utilisation.month')}</Table.Th>
              <Table.Th scope="col">{t('rooms.utilisation.booked')}</Table.Th>
              <Table.Th scope="col">{t('rooms.utilisation.bookable')}</Table.Th>
              <Table.Th scope="col">{t('rooms.utilisation.share')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {months.map((month) => (
              <MonthRow key={month} room={room} month={month} />
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
