import {
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../components/problem-alert';
import { currentLanguage } from '../../i18n';
import { usePartyLabels } from './components';
import { formatHours } from './format';
import { useUpdateAgreement } from './queries';
import { type Agreement, type ServiceRow, serviceFrequencies, type VersionContent } from './types';
import { WriteAlert } from './write-alert';

interface RowValues {
  key: number;
  partyId: string;
  service: string;
  frequency: string;
  place: string;
  hours: number | '';
  offeringId: string | null;
  roomId: string | null;
}

let nextKey = 1;
const toValues = (row: ServiceRow): RowValues => ({
  key: nextKey++,
  partyId: row.partyId,
  service: row.service,
  frequency: row.frequency ?? '',
  place: row.place ?? '',
  hours: row.hoursPerMonth ?? '',
  offeringId: row.offeringId,
  roomId: row.roomId,
});

function toRow(values: RowValues): ServiceRow {
  return {
    partyId: values.partyId,
    service: values.service.trim(),
    frequency: serviceFrequencies.find((f) => f === values.frequency) ?? null,
    place: values.place.trim() || null,
    hoursPerMonth: values.hours === '' ? null : values.hours,
    offeringId: values.offeringId,
    roomId: values.roomId,
  };
}

function useLabels(agreement: Agreement) {
  const { t } = useTranslation();
  const party = usePartyLabels(agreement);
  return {
    party: (id: string) => party(id),
    frequency: (f: ServiceRow['frequency']) => (f ? t(`agreements.frequency.${f}`) : '–'),
  };
}

/** The responsibilities matrix as a table; it scrolls sideways on phones instead of squeezing. */
function MatrixTable({ agreement, services }: { agreement: Agreement; services: ServiceRow[] }) {
  const { t } = useTranslation();
  const labels = useLabels(agreement);
  const total = services.reduce((sum, row) => sum + (row.hoursPerMonth ?? 0), 0);
  return (
    // A focusable, named scroll area: on phones the table scrolls sideways and keyboard users can scroll it too.
    <>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1). */}
      <section className="table-scroll" tabIndex={0} aria-label={t('agreements.services.caption')}>
        <Table striped miw={640} withTableBorder verticalSpacing="xs">
          <Table.Caption>{t('agreements.services.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('agreements.services.party')}</Table.Th>
              <Table.Th scope="col">{t('agreements.services.service')}</Table.Th>
              <Table.Th scope="col">{t('agreements.services.frequency')}</Table.Th>
              <Table.Th scope="col">{t('agreements.services.place')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('agreements.services.hours')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {services.map((row, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows of one version have no id; their order is fixed.
              <Table.Tr key={index}>
                <Table.Td>{labels.party(row.partyId)}</Table.Td>
                <Table.Th scope="row" fw={500}>
                  {row.service}
                </Table.Th>
                <Table.Td>{labels.frequency(row.frequency)}</Table.Td>
                <Table.Td>{row.place ?? '–'}</Table.Td>
                <Table.Td ta="right">
                  {row.hoursPerMonth === null ? '–' : formatHours(row.hoursPerMonth)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>
      {total > 0 && (
        <Text size="sm" mt={4}>
          {t('agreements.services.total', { hours: formatHours(total) })}
        </Text>
      )}
    </>
  );
}

function RowFields({
  agreement,
  row,
  number,
  error,
  onChange,
  onRemove,
}: {
  agreement: Agreement;
  row: RowValues;
  number: number;
  error?: string;
  onChange: (patch: Partial<RowValues>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels(agreement);
  return (
    <Paper component="fieldset" withBorder p="sm" className="plain-fieldset">
      <legend className="service-legend">{t('agreements.services.row', { number })}</legend>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <Select
          label={t('agreements.services.party')}
          data={agreement.parties.map((party) => ({ value: party.id, label: labels.party(party.id) }))}
          value={row.partyId}
          allowDeselect={false}
          onChange={(value) => value && onChange({ partyId: value })}
        />
        <TextInput
          label={t('agreements.services.service')}
          required
          value={row.service}
          error={error}
          onChange={(event) => onChange({ service: event.currentTarget.value })}
        />
        <Select
          label={t('agreements.services.frequency')}
          data={[
            { value: '', label: t('agreements.services.noFrequency') },
            ...serviceFrequencies.map((f) => ({ value: f, label: t(`agreements.frequency.${f}`) })),
          ]}
          value={row.frequency}
          allowDeselect={false}
          onChange={(value) => onChange({ frequency: value ?? '' })}
        />
        <TextInput
          label={t('agreements.services.place')}
          value={row.place}
          onChange={(event) => onChange({ place: event.currentTarget.value })}
        />
        <NumberInput
          label={t('agreements.services.hours')}
          min={0}
          max={744}
          decimalScale={1}
          decimalSeparator={currentLanguage() === 'en' ? '.' : ','}
          value={row.hours}
          onChange={(value) => onChange({ hours: typeof value === 'number' ? value : '' })}
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="xs">
        <Button variant="subtle" color="red.9" size="compact-sm" onClick={onRemove}>
          {t('agreements.services.remove', { number })}
        </Button>
      </Group>
    </Paper>
  );
}

function MatrixEditor({
  agreement,
  content,
  onDone,
  onReload,
}: {
  agreement: Agreement;
  content: VersionContent;
  onDone: (saved: boolean) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateAgreement(agreement.id);
  const [rows, setRows] = useState<RowValues[]>(() => content.services.map(toValues));
  const [missing, setMissing] = useState<Set<number>>(new Set());
  const firstParty = agreement.parties[0]?.id ?? '';
  const change = (key: number, patch: Partial<RowValues>) =>
    setRows((previous) => previous.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const blank = new Set(rows.filter((row) => !row.service.trim()).map((row) => row.key));
        setMissing(blank);
        if (blank.size > 0) return;
        update.mutate(
          { version: agreement.version, services: rows.map(toRow) },
          { onSuccess: () => onDone(true) },
        );
      }}
    >
      <Stack gap="sm">
        <WriteAlert
          error={update.error}
          onReload={() => {
            update.reset();
            onReload();
            onDone(false);
          }}
        />
        {rows.map((row, index) => (
          <RowFields
            key={row.key}
            agreement={agreement}
            row={row}
            number={index + 1}
            error={missing.has(row.key) ? t('agreements.services.serviceRequired') : undefined}
            onChange={(patch) => change(row.key, patch)}
            onRemove={() => setRows((previous) => previous.filter((r) => r.key !== row.key))}
          />
        ))}
        <Group gap="xs">
          <Button
            variant="default"
            onClick={() =>
              setRows((previous) => [
                ...previous,
                {
                  key: nextKey++,
                  partyId: firstParty,
                  service: '',
                  frequency: '',
                  place: '',
                  hours: '',
                  offeringId: null,
                  roomId: null,
                },
              ])
            }
          >
            {t('agreements.services.add')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('agreements.services.save')}
          </Button>
          <Button variant="default" onClick={() => onDone(false)}>
            {t('agreements.sections.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ServicesMatrix({
  agreement,
  content,
  onReload,
}: {
  agreement: Agreement;
  content: VersionContent;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  return (
    <Stack gap="xs">
      {saved && <StatusMessage>{t('agreements.services.saved')}</StatusMessage>}
      {editing ? (
        <MatrixEditor
          agreement={agreement}
          content={content}
          onReload={onReload}
          onDone={(didSave) => {
            setEditing(false);
            setSaved(didSave);
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      ) : (
        <>
          {content.services.length === 0 ? (
            <Text c="dimmed">{t('agreements.services.none')}</Text>
          ) : (
            <MatrixTable agreement={agreement} services={content.services} />
          )}
          {agreement.permissions.edit && (
            <div>
              <Button
                ref={editButton}
                variant="default"
                size="compact-sm"
                onClick={() => {
                  setSaved(false);
                  setEditing(true);
                }}
              >
                {t('agreements.services.edit')}
              </Button>
            </div>
          )}
        </>
      )}
    </Stack>
  );
}
