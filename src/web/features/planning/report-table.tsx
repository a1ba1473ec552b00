import { Paper, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportTable } from './report-queries';

type Column = ReportTable['columns'][number];
type Cell = ReportTable['rows'][number][number];

function formatCell(column: Column | undefined, value: Cell, language: string): string {
  if (value === null) return '–';
  if (typeof value === 'string') return value;
  const locale = language === 'en' ? 'en-GB' : 'de-DE';
  if (column?.kind === 'count') return value.toLocaleString(locale, { maximumFractionDigits: 0 });
  const text = value.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return column?.kind === 'percent' ? `${text} %` : text;
}

/** Consecutive columns of one figure ("Kinder 0–3": 2026, 2025) share a heading, as in the PDF. */
function headerGroups(columns: Column[]) {
  const groups: { label: string; span: number; grouped: boolean }[] = [];
  for (const column of columns) {
    const last = groups[groups.length - 1];
    if (column.group && last?.grouped && last.label === column.group) last.span++;
    else groups.push({ label: column.group ?? column.label, span: 1, grouped: Boolean(column.group) });
  }
  return groups;
}

function Header({ columns }: { columns: Column[] }) {
  const grouped = columns.some((c) => c.group);
  if (!grouped)
    return (
      <Table.Tr>
        {columns.map((c) => (
          <Table.Th key={c.key} scope="col">
            {c.label}
          </Table.Th>
        ))}
      </Table.Tr>
    );
  return (
    <>
      <Table.Tr>
        {headerGroups(columns).map((g) =>
          g.grouped ? (
            <Table.Th key={g.label} scope="colgroup" colSpan={g.span}>
              {g.label}
            </Table.Th>
          ) : (
            <Table.Th key={g.label} scope="col" rowSpan={2}>
              {g.label}
            </Table.Th>
          ),
        )}
      </Table.Tr>
      <Table.Tr>
        {columns
          .filter((c) => c.group)
          .map((c) => (
            <Table.Th key={c.key} scope="col" ta="right">
              {c.year}
            </Table.Th>
          ))}
      </Table.Tr>
    </>
  );
}

function Row({ columns, cells, total }: { columns: Column[]; cells: Cell[]; total?: boolean }) {
  const { i18n } = useTranslation();
  const [first, ...rest] = cells;
  return (
    <Table.Tr fw={total ? 700 : undefined}>
      <Table.Th scope="row" fw={total ? 700 : 'normal'}>
        {formatCell(columns[0], first ?? null, i18n.language)}
      </Table.Th>
      {rest.map((value, i) => {
        const column = columns[i + 1];
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional, the columns never reorder
          <Table.Td key={i} ta={column?.kind === 'text' ? 'left' : 'right'}>
            {formatCell(column, value, i18n.language)}
          </Table.Td>
        );
      })}
    </Table.Tr>
  );
}

/** One table of the report, as in the PDF: the first column names the district (a row header). */
export function ReportTableView({ table }: { table: ReportTable }) {
  const { t } = useTranslation();
  const headingId = useId();
  const numeric = table.columns.filter((c) => c.kind !== 'text').length;
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId} mb={4}>
        {table.title}
      </Title>
      <Text size="sm" mb="sm">
        {table.description}
      </Text>
      {table.rows.length === 0 ? (
        <Text size="sm">{t('planningReport.noRows')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={numeric > 4 ? 900 : 480}>
          <Table striped withTableBorder fz="sm" horizontalSpacing="xs" aria-labelledby={headingId}>
            <Table.Thead>
              <Header columns={table.columns} />
            </Table.Thead>
            <Table.Tbody>
              {table.rows.map((cells, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows come in the server's order and are not edited
                <Row key={i} columns={table.columns} cells={cells} />
              ))}
              {table.total && <Row columns={table.columns} cells={table.total} total />}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
