import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, ProblemAlert, StatusMessage } from '../../components/problem-alert';
import { type Capacity, type CapacityUpdate, useUpdateCapacity } from './queries';

type Period = CapacityUpdate['periods'][number];
/** A period being edited, with a key of its own for React. */
type Row = Period & { key: string };

let nextKey = 0;
const keyed = (period: Period): Row => {
  nextKey += 1;
  return { ...period, key: `period-${nextKey}` };
};

const mandateAreas = [
  'educational_counselling',
  'family_education',
  'childcare',
  'early_help',
  'youth_work',
  'general_social_services',
  'health',
  'school',
  'social_counselling',
  'integration',
  'leisure',
  'other',
] as const;

const emptyPeriod = (): Row =>
  keyed({
    validFrom: `${new Date().getFullYear() + 1}-01-01`,
    validTo: null,
    districtId: null,
    hoursPerMonth: 0,
    note: null,
  });

function periodsOf(capacity: Capacity): Row[] {
  return capacity.periods.map(({ validFrom, validTo, districtId, hoursPerMonth, note }) =>
    keyed({ validFrom, validTo, districtId, hoursPerMonth, note }),
  );
}

/** Mandate text, mandate areas and the periods with hours: saved as a whole (lead/admin only). */
export function MandateForm({ capacity }: { capacity: Capacity }) {
  const { t } = useTranslation();
  const headingId = useId();
  const readOnly = !capacity.permissions.update;
  const [text, setText] = useState(capacity.mandate.text);
  const [areas, setAreas] = useState<string[]>(capacity.mandate.areas);
  const [periods, setPeriods] = useState<Row[]>(() => periodsOf(capacity));
  const update = useUpdateCapacity(capacity.organizationId);
  const paths = periods.flatMap((_, i) =>
    ['validFrom', 'validTo', 'districtId', 'hoursPerMonth', 'note'].map((f) => `periods.${i}.${f}`),
  );
  const errors = fieldErrorsOf(update.error, paths);
  const change = (index: number, patch: Partial<Period>) =>
    setPeriods((all) => all.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  const districtOptions = [
    { value: '', label: t('capacity.allDistricts') },
    ...capacity.districts.map((d) => ({ value: d.id, label: d.name })),
  ];

  const save = () =>
    update.mutate({
      version: capacity.version,
      mandate: { text, areas: areas as CapacityUpdate['mandate']['areas'] },
      periods: periods.map(({ key: _key, ...period }) => period),
    });

  return (
    <Paper withBorder p={{ base: 'xs', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <Stack>
          <Title order={2} size="h3" id={headingId}>
            {t('capacity.mandate')}
          </Title>
          {readOnly && <Text size="sm">{t('capacity.readOnly')}</Text>}
          <Textarea
            label={t('capacity.mandateText')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            readOnly={readOnly}
            autosize
            minRows={2}
          />
          <Checkbox.Group label={t('capacity.areas')} value={areas} onChange={setAreas}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
              {mandateAreas.map((area) => (
                <Checkbox
                  key={area}
                  value={area}
                  label={t(`capacity.areaNames.${area}`)}
                  disabled={readOnly}
                />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Title order={3} size="h4">
            {t('capacity.periods')}
          </Title>
          <Text size="sm">{t('capacity.periodsHint')}</Text>
          {periods.map((p, i) => (
            <fieldset key={p.key} className="capacity-period">
              <legend>{t('capacity.periodNumber', { number: i + 1 })}</legend>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput
                  type="date"
                  label={t('capacity.validFrom')}
                  value={p.validFrom}
                  onChange={(e) => change(i, { validFrom: e.currentTarget.value })}
                  error={errors[`periods.${i}.validFrom`]}
                  readOnly={readOnly}
                  required
                />
                <TextInput
                  type="date"
                  label={t('capacity.validTo')}
                  value={p.validTo ?? ''}
                  onChange={(e) => change(i, { validTo: e.currentTarget.value || null })}
                  error={errors[`periods.${i}.validTo`]}
                  readOnly={readOnly}
                />
                <Select
                  label={t('capacity.district')}
                  data={districtOptions}
                  value={p.districtId ?? ''}
                  onChange={(value) => change(i, { districtId: value || null })}
                  error={errors[`periods.${i}.districtId`]}
                  readOnly={readOnly}
                  allowDeselect={false}
                />
                <NumberInput
                  label={t('capacity.hoursPerMonth')}
                  value={p.hoursPerMonth}
                  onChange={(value) =>
                    change(i, { hoursPerMonth: typeof value === 'number' ? value : Number(value) })
                  }
                  error={errors[`periods.${i}.hoursPerMonth`]}
                  decimalScale={1}
                  readOnly={readOnly}
                  required
                />
                <TextInput
                  label={t('capacity.note')}
                  value={p.note ?? ''}
                  onChange={(e) => change(i, { note: e.currentTarget.value || null })}
                  readOnly={readOnly}
                />
              </SimpleGrid>
              {!readOnly && (
                <Button
                  variant="subtle"
                  color="red"
                  mt="xs"
                  onClick={() => setPeriods((all) => all.filter((_, j) => j !== i))}
                >
                  {t('capacity.removePeriod', { number: i + 1 })}
                </Button>
              )}
            </fieldset>
          ))}
          {!readOnly && (
            <Group>
              <Button variant="default" onClick={() => setPeriods((all) => [...all, emptyPeriod()])}>
                {t('capacity.addPeriod')}
              </Button>
              <Button type="submit" loading={update.isPending}>
                {t('capacity.save')}
              </Button>
            </Group>
          )}
          <ProblemAlert error={update.error} shownPaths={Object.keys(errors)} />
          {update.isSuccess && <StatusMessage>{t('capacity.saved')}</StatusMessage>}
        </Stack>
      </form>
    </Paper>
  );
}
