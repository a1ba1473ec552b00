import { Button, Group, NumberInput, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatHours } from '../../components/hours';
import { fieldErrorsOf, ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { currentLanguage } from '../../i18n';
import { useDeleteRequest, usePutRequest } from './queries';
import type { CentreRow, Pool } from './types';

/** What a centre sees of its own share: its request and the hours allocated to it. */
export function OwnShare({ rows }: { rows: CentreRow[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }} component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="xs">
        {t('pools.own.heading')}
      </Title>
      <Stack gap="xs">
        {rows.map((row) => (
          <div key={row.centreId}>
            {rows.length > 1 && <Text fw={600}>{row.centreName}</Text>}
            <Text>
              {row.request
                ? t('pools.own.requested', { hours: formatHours(row.request.hoursPerMonth) })
                : t('pools.own.noRequest')}
            </Text>
            <Text fw={600}>
              {row.allocatedHours !== null
                ? t('pools.own.allocated', { hours: formatHours(row.allocatedHours) })
                : t('pools.own.noAllocation')}
            </Text>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}

/** A centre's lead asks for a share, with a reason only the planners read. */
export function RequestForm({ pool }: { pool: Pool }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [centreId, setCentreId] = useState<string | null>(pool.requestCentreIds[0] ?? null);
  const existing = pool.centres.find((c) => c.centreId === centreId)?.request ?? null;
  const [hours, setHours] = useState<number | string>(existing?.hoursPerMonth ?? '');
  const [reason, setReason] = useState(existing?.reason ?? '');
  const put = usePutRequest(pool.id);
  const remove = useDeleteRequest(pool.id);
  const serverErrors = fieldErrorsOf(put.error, ['hoursPerMonth', 'reason']);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const errors = { ...serverErrors, ...localErrors };
  const names = new Map(pool.centres.map((c) => [c.centreId, c.centreName]));
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }} component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="xs">
        {t('pools.request.heading')}
      </Title>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const found: Record<string, string> = {};
          if (typeof hours !== 'number' || hours <= 0) found.hoursPerMonth = t('pools.form.hoursInvalid');
          if (!reason.trim()) found.reason = t('pools.form.required');
          setLocalErrors(found);
          if (Object.keys(found).length > 0 || !centreId) return;
          put.mutate({ centreId, hoursPerMonth: Number(hours), reason: reason.trim() });
        }}
      >
        <Stack gap="sm" maw={640}>
          <Text size="sm">{t('pools.request.intro')}</Text>
          <ProblemAlert error={put.error ?? remove.error} shownPaths={Object.keys(serverErrors)} />
          {put.isSuccess && <StatusMessage>{t('pools.request.saved')}</StatusMessage>}
          {remove.isSuccess && <StatusMessage>{t('pools.request.withdrawn')}</StatusMessage>}
          {pool.requestCentreIds.length > 1 && (
            <Select
              label={t('pools.request.centre')}
              data={pool.requestCentreIds.map((id) => ({ value: id, label: names.get(id) ?? id }))}
              value={centreId}
              onChange={setCentreId}
              allowDeselect={false}
            />
          )}
          <NumberInput
            label={t('pools.request.hours')}
            required
            min={0}
            max={744}
            step={0.5}
            decimalScale={1}
            decimalSeparator={currentLanguage() === 'en' ? '.' : ','}
            value={hours}
            error={errors.hoursPerMonth}
            onChange={setHours}
            maw={200}
          />
          <Textarea
            label={t('pools.request.reason')}
            required
            autosize
            minRows={3}
            value={reason}
            error={errors.reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <Group gap="sm">
            <Button type="submit" loading={put.isPending}>
              {existing ? t('pools.request.update') : t('pools.request.submit')}
            </Button>
            {existing && centreId && (
              <Button variant="default" loading={remove.isPending} onClick={() => remove.mutate(centreId)}>
                {t('pools.request.withdraw')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
