import { Box, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CardList } from '../../components/card-list';
import type { Matrix } from './gaps-queries';
import { kindLabel } from './gaps-task-modal';

type Cell = Matrix['rows'][number]['cells'][number];

/**
 * The matrix centre × priority partner kind. Each cell says in words whether there is an active cooperation
 * (a check mark or a cross beside the words, colour only as a second hint), with the partners and agreements.
 */
export function MatrixSection({ matrix }: { matrix: Matrix }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          {t('planningGaps.matrix.heading')}
        </Title>
        <Text size="sm" maw={720}>
          {t('planningGaps.matrix.intro')}
        </Text>
        <ul style={{ margin: 0, paddingInlineStart: '1.2rem' }}>
          {matrix.kinds.map((kind, i) => (
            <li key={kind.key}>
              <Text size="sm">
                {kindLabel(kind)}:{' '}
                {t('planningGaps.matrix.summary', {
                  active: matrix.rows.filter((r) => r.cells[i]?.active).length,
                  total: matrix.rows.length,
                })}
              </Text>
            </li>
          ))}
        </ul>
        {/* Phones get one card per centre: three columns of names do not fit 375 px. */}
        <MatrixCards matrix={matrix} labelledBy={headingId} />
        <Table aria-labelledby={headingId} fz="sm" horizontalSpacing="xs" striped visibleFrom="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('planningGaps.matrix.centre')}</Table.Th>
              {matrix.kinds.map((kind) => (
                <Table.Th scope="col" key={kind.key}>
                  {kindLabel(kind)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {matrix.rows.map((row) => (
              <Table.Tr key={row.centre.id}>
                <Table.Th scope="row" fw="normal" style={{ overflowWrap: 'anywhere' }}>
                  <Text size="sm" fw={600} span>
                    {row.centre.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {row.district?.name ?? t('planningGaps.gaps.noDistrict')}
                  </Text>
                </Table.Th>
                {row.cells.map((cell) => (
                  <Table.Td key={cell.kind} style={{ overflowWrap: 'anywhere' }}>
                    <MatrixCell cell={cell} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}

function MatrixCell({ cell }: { cell: Cell }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600} c={cell.active ? 'teal.9' : 'red.9'}>
        <span aria-hidden="true">{cell.active ? '✓ ' : '✗ '}</span>
        {cell.active ? t('planningGaps.matrix.active') : t('planningGaps.matrix.missing')}
      </Text>
      {cell.partners.map((p) => (
        <Text size="xs" key={p.id}>
          {p.name} ({t(`planningGaps.matrix.status.${p.status}`)})
          {p.agreementsInForce > 0 &&
            ` · ${t('planningGaps.matrix.agreements', { count: p.agreementsInForce })}`}
        </Text>
      ))}
    </Stack>
  );
}

function MatrixCards({ matrix, labelledBy }: { matrix: Matrix; labelledBy: string }) {
  const { t } = useTranslation();
  return (
    <Box hiddenFrom="sm">
      <CardList labelledBy={labelledBy}>
        {matrix.rows.map((row) => (
          <Paper component="li" withBorder p="sm" radius="sm" key={row.centre.id}>
            <Text fw={600}>{row.centre.name}</Text>
            <Text size="xs" c="dimmed" mb={4}>
              {row.district?.name ?? t('planningGaps.gaps.noDistrict')}
            </Text>
            <Stack gap="xs">
              {row.cells.map((cell) => {
                const kind = matrix.kinds.find((k) => k.key === cell.kind);
                return (
                  <div key={cell.kind}>
                    <Text size="sm">{kind ? kindLabel(kind) : cell.kind}</Text>
                    <MatrixCell cell={cell} />
                  </div>
                );
              })}
            </Stack>
          </Paper>
        ))}
      </CardList>
    </Box>
  );
}
