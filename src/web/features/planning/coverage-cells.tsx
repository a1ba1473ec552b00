import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const localeOf = (language: string) => (language === 'en' ? 'en-GB' : 'de-DE');

/** Numbers and shares in the reader's language (`null`: no figure, shown as a dash). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  return {
    number: (value: number | null, digits = 1) =>
      value === null ? '–' : value.toLocaleString(locale, { maximumFractionDigits: digits }),
    percent: (value: number | null) =>
      value === null ? '–' : value.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 1 }),
    date: (iso: string) =>
      new Date(iso).toLocaleDateString(locale, { timeZone: 'Europe/Berlin', dateStyle: 'long' }),
  };
}

/**
 * A figure with its trend against the year before: an arrow for the eye and, because neither the arrow's
 * shape nor a colour may be the only carrier, the same said in words for screen readers and as a tooltip.
 */
export function TrendCell({
  current,
  previous,
  show,
}: {
  current: number | null;
  previous: number | null;
  show: (value: number | null) => string;
}) {
  const { t } = useTranslation();
  const direction =
    current === null || previous === null || current === previous
      ? 'same'
      : current > previous
        ? 'up'
        : 'down';
  const arrow = { up: '↑', down: '↓', same: '→' }[direction];
  const words = t(`planningCoverage.trend.${direction}`, { previous: show(previous) });
  return (
    <Table.Td style={{ whiteSpace: 'nowrap' }} title={words}>
      {show(current)}{' '}
      <Text
        span
        c={direction === 'same' ? 'dimmed' : undefined}
        fw={direction === 'same' ? 400 : 700}
        aria-hidden
      >
        {arrow}
      </Text>
      <VisuallyHidden>{words}</VisuallyHidden>
    </Table.Td>
  );
}
