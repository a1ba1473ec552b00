import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatHours, formatMonth } from '../../components/hours';
import { formatShortMonth } from './format';
import type { Capacity } from './queries';

type Month = Capacity['months'][number];

/** Over capacity is said in words and with a sign, not by colour alone. */
export function OverMark({ isOver }: { isOver: boolean }) {
  const { t } = useTranslation();
  return isOver ? (
    <Text component="span" c="red.9" fw={700} size="sm">
      <span aria-hidden="true">⚠ </span>
      {t('capacity.over')}
    </Text>
  ) : (
    <Text component="span" size="sm">
      <span aria-hidden="true">✓ </span>
      {t('capacity.ok')}
    </Text>
  );
}

/** The next 12 months: one row per month and district bucket, with available, committed, planned and left. */
export function MonthsTable({ months }: { months: Month[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const showsDistricts = months.some((m) => m.districtId !== null);
  const showsReceived = months.some((m) => m.received > 0);
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('capacity.months')}
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table striped aria-labelledby={headingId} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('capacity.month')}</Table.Th>
              {showsDistricts && <Table.Th scope="col">{t('capacity.district')}</Table.Th>}
              <Table.Th scope="col">{t('capacity.available')}</Table.Th>
              <Table.Th scope="col">{t('capacity.committed')}</Table.Th>
              <Table.Th scope="col">{t('capacity.planned')}</Table.Th>
              {showsReceived && <Table.Th scope="col">{t('capacity.received')}</Table.Th>}
              <Table.Th scope="col">{t('capacity.left')}</Table.Th>
              <Table.Th scope="col">{t('capacity.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {months.map((m) => (
              <Table.Tr key={`${m.month}-${m.districtId ?? ''}`} bg={m.isOver ? 'red.0' : undefined}>
                <Table.Th scope="row" fw="normal">
                  {formatMonth(m.month)}
                </Table.Th>
                {showsDistricts && <Table.Td>{m.districtName ?? t('capacity.allDistricts')}</Table.Td>}
                <Table.Td>
                  {m.available === null ? t('capacity.noFigure') : formatHours(m.available)}
                </Table.Td>
                <Table.Td>{formatHours(m.committed)}</Table.Td>
                <Table.Td>{formatHours(m.planned)}</Table.Td>
                {showsReceived && <Table.Td>{formatHours(m.received)}</Table.Td>}
                <Table.Td>{formatHours(m.left)}</Table.Td>
                <Table.Td>
                  <OverMark isOver={m.isOver} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

/** What the figures are made of: each agreement, offering, decision and pool with its hours per month. */
export function ItemsTable({
  items,
  districts,
}: {
  items: Capacity['items'];
  districts: Capacity['districts'];
}) {
  const { t } = useTranslation();
  const districtOf = (id: string | null) =>
    id === null ? t('capacity.allDistricts') : (districts.find((d) => d.id === id)?.name ?? '');
  const headingId = useId();
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('capacity.items')}
      </Title>
      {items.length === 0 ? (
        <Text>{t('capacity.noItems')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped aria-labelledby={headingId} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('capacity.source')}</Table.Th>
                <Table.Th scope="col">{t('capacity.kind')}</Table.Th>
                <Table.Th scope="col">{t('capacity.state')}</Table.Th>
                <Table.Th scope="col">{t('capacity.district')}</Table.Th>
                <Table.Th scope="col">{t('capacity.hoursByMonth')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={`${item.kind}-${item.sourceId}-${item.state}-${item.districtId ?? ''}`}>
                  <Table.Th scope="row" fw="normal">
                    <Anchor href={item.path}>{item.title}</Anchor>
                  </Table.Th>
                  <Table.Td>{t(`capacity.kinds.${item.kind}`)}</Table.Td>
                  <Table.Td>{t(`capacity.states.${item.state}`)}</Table.Td>
                  <Table.Td>{districtOf(item.districtId)}</Table.Td>
                  <Table.Td>
                    {item.months
                      .map((m) => `${formatShortMonth(m.month)}: ${formatHours(m.hours)}`)
                      .join(' · ')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
