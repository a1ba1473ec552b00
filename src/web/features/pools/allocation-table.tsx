import { Button, Group, NativeSelect, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { formatHours, sumHours } from '../../components/hours';
import { fieldErrorsOf, ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { currentLanguage } from '../../i18n';
import { useSetAllocations, useSuggestion } from './queries';
import type { CentreRow, Pool } from './types';

type Method = 'equal' | 'need';
type Among = 'eligible' | 'requesting';

function initialHours(pool: Pool): Record<string, number | string> {
  return Object.fromEntries(pool.centres.map((c) => [c.centreId, c.allocatedHours ?? '']));
}

function RequestCell({ row }: { row: CentreRow }) {
  const { t } = useTranslation();
  if (!row.request) return <Text size="sm">{t('pools.allocation.noRequest')}</Text>;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {t('pools.hours', { hours: formatHours(row.request.hoursPerMonth) })}
      </Text>
      {row.request.reason && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {row.request.reason}
        </Text>
      )}
    </Stack>
  );
}

function SuggestionControls({
  method,
  among,
  onMethod,
  onAmong,
}: {
  method: Method;
  among: Among;
  onMethod: (m: Method) => void;
  onAmong: (a: Among) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="md" align="flex-end">
      <NativeSelect
        label={t('pools.allocation.method')}
        value={method}
        onChange={(event) => onMethod(event.currentTarget.value as Method)}
        data={[
          { value: 'equal', label: t('pools.allocation.equal') },
          { value: 'need', label: t('pools.allocation.need') },
        ]}
      />
      <NativeSelect
        label={t('pools.allocation.among')}
        value={among}
        onChange={(event) => onAmong(event.currentTarget.value as Among)}
        data={[
          { value: 'eligible', label: t('pools.allocation.amongEligible') },
          { value: 'requesting', label: t('pools.allocation.amongRequesting') },
        ]}
      />
    </Group>
  );
}

/** The planner's allocation: request and reason, the suggestion, the hours per centre, the sum against the pool. */
export function AllocationTable({ pool }: { pool: Pool }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [hours, setHours] = useState(() => initialHours(pool));
  // A saved (or elsewhere changed) pool starts the inputs afresh from the stored allocation.
  const [shownVersion, setShownVersion] = useState(pool.version);
  if (shownVersion !== pool.version) {
    setShownVersion(pool.version);
    setHours(initialHours(pool));
  }
  const [method, setMethod] = useState<Method>('equal');
  const [among, setAmong] = useState<Among>('eligible');
  const suggestion = useSuggestion(pool.id, method, among, pool.permissions.allocate);
  const save = useSetAllocations(pool.id);
  const suggested = new Map((suggestion.data?.items ?? []).map((i) => [i.centreId, i.hoursPerMonth]));
  const entries = pool.centres.map((c) => ({ centreId: c.centreId, value: hours[c.centreId] }));
  const numbers = entries.map((e) => (typeof e.value === 'number' ? e.value : 0));
  const sum = sumHours(numbers);
  const over = sum > pool.hoursPerMonth;
  const negative = numbers.some((n) => n < 0);
  const paths = pool.centres.flatMap((_, i) => [
    `allocations.${i}.hoursPerMonth`,
    `allocations.${i}.centreId`,
  ]);
  const serverErrors = fieldErrorsOf(save.error, ['allocations', ...paths]);
  const confirmed = pool.confirmedAt !== null;
  const sumText = t('pools.allocation.sum', {
    sum: formatHours(sum),
    total: formatHours(pool.hoursPerMonth),
  });

  if (pool.centres.length === 0) return <Text>{t('pools.allocation.noCentres')}</Text>;
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }} component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('pools.allocation.heading')}
        </Title>
        {!confirmed && <Text>{t('pools.allocation.waitForConfirmation')}</Text>}
        <SuggestionControls method={method} among={among} onMethod={setMethod} onAmong={setAmong} />
        {suggestion.isError && <ProblemAlert error={suggestion.error} />}
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (over || negative) return;
            save.mutate({
              version: pool.version,
              allocations: entries.map((e) => ({
                centreId: e.centreId,
                hoursPerMonth: typeof e.value === 'number' ? e.value : 0,
              })),
            });
          }}
        >
          <Stack gap="sm">
            <ProblemAlert
              error={save.error instanceof ApiError && save.error.status === 422 ? null : save.error}
            />
            <Table.ScrollContainer minWidth={640}>
              <Table striped fz="sm" horizontalSpacing="xs" aria-labelledby={headingId}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('pools.allocation.centre')}</Table.Th>
                    <Table.Th scope="col">{t('pools.allocation.district')}</Table.Th>
                    <Table.Th scope="col">{t('pools.allocation.request')}</Table.Th>
                    <Table.Th scope="col">{t('pools.allocation.suggestion')}</Table.Th>
                    <Table.Th scope="col">{t('pools.allocation.allocated')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {pool.centres.map((row, i) => (
                    <Table.Tr key={row.centreId}>
                      <Table.Th scope="row" fw="normal">
                        {row.centreName}
                      </Table.Th>
                      <Table.Td>{row.districtName ?? t('pools.allocation.noDistrict')}</Table.Td>
                      <Table.Td>
                        <RequestCell row={row} />
                      </Table.Td>
                      <Table.Td>
                        {suggested.has(row.centreId) ? formatHours(suggested.get(row.centreId) ?? 0) : '–'}
                      </Table.Td>
                      <Table.Td>
                        <NumberInput
                          aria-label={t('pools.allocation.hoursLabel', { centre: row.centreName })}
                          min={0}
                          max={744}
                          step={0.5}
                          decimalScale={1}
                          decimalSeparator={currentLanguage() === 'en' ? '.' : ','}
                          value={hours[row.centreId] ?? ''}
                          disabled={!confirmed}
                          error={
                            serverErrors[`allocations.${i}.hoursPerMonth`] ??
                            serverErrors[`allocations.${i}.centreId`] ??
                            ((numbers[i] ?? 0) < 0 ? t('pools.allocation.negative') : undefined)
                          }
                          onChange={(value) => setHours((h) => ({ ...h, [row.centreId]: value }))}
                          w={120}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Text fw={600} role="status" aria-live="polite">
              {sumText}
            </Text>
            {over && (
              <div className="alert" data-color="red" role="alert">
                <div className="alert-title">
                  {t('pools.allocation.over', {
                    sum: formatHours(sum),
                    total: formatHours(pool.hoursPerMonth),
                    over: formatHours(sumHours([sum, -pool.hoursPerMonth])),
                  })}
                </div>
              </div>
            )}
            {serverErrors.allocations && (
              <div className="alert" data-color="red" role="alert">
                <div className="alert-title">{serverErrors.allocations}</div>
              </div>
            )}
            {save.isSuccess && !save.isPending && (
              <StatusMessage>{t('pools.allocation.saved')}</StatusMessage>
            )}
            <Group gap="sm">
              <Button
                variant="default"
                disabled={!confirmed || !suggestion.data}
                onClick={() =>
                  setHours(
                    Object.fromEntries(pool.centres.map((c) => [c.centreId, suggested.get(c.centreId) ?? 0])),
                  )
                }
              >
                {t('pools.allocation.apply')}
              </Button>
              <Button type="submit" disabled={!confirmed} loading={save.isPending}>
                {t('pools.allocation.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
