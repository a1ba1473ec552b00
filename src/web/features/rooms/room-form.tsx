import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem-alert';
import { type WeeklyHoursRow, WeeklyHoursRows } from '../../components/weekly-hours-rows';
import { isoWeekdays, weekdayName } from './format';
import {
  type Accessibility,
  accessibilityKeys,
  type Equipment,
  equipmentKeys,
  type FeeModel,
  feeModels,
  type Room,
  type RoomPatch,
} from './types';

let nextRowKey = 1;
const rowKey = () => nextRowKey++;

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** What the form sends; the page adds `organizationId` (create) or `version` (update). */
export type RoomFormValues = Omit<RoomPatch, 'version'> & { name: string; capacity: number };

interface RoomFormProps {
  room?: Room;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (values: RoomFormValues) => void;
  onCancel: () => void;
  onReload?: () => void;
}

/** Parses "12,50" or "12.50" (euros) into cents; null when it is not a number ≥ 0. */
function euroToCents(value: string): number | null {
  const number = Number(value.trim().replace(',', '.'));
  return value.trim() !== '' && Number.isFinite(number) && number >= 0 ? Math.round(number * 100) : null;
}

const wholeNumber = (value: string, min: number) => {
  const number = Number(value);
  return value.trim() !== '' && Number.isInteger(number) && number >= min ? number : null;
};

interface Errors {
  name?: string;
  capacity?: string;
  fee?: string;
  buffer?: string;
  hours?: string;
}

export function RoomForm({ room, pending, error, submitLabel, onSubmit, onCancel, onReload }: RoomFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(room?.name ?? '');
  const [building, setBuilding] = useState(room?.building ?? '');
  const [capacity, setCapacity] = useState(room ? String(room.capacity) : '');
  const [equipment, setEquipment] = useState<string[]>(room?.equipment ?? []);
  const [accessibility, setAccessibility] = useState<string[]>(room?.accessibility ?? []);
  const [usageRules, setUsageRules] = useState(room?.usageRules ?? '');
  const [feeModel, setFeeModel] = useState<FeeModel>(room?.feeModel ?? 'free');
  const [fee, setFee] = useState(
    room?.feeCentsPerHour != null ? (room.feeCentsPerHour / 100).toFixed(2) : '',
  );
  const [share, setShare] = useState(room?.feeSharePercent != null ? String(room.feeSharePercent) : '');
  const [buffer, setBuffer] = useState(String(room?.bufferMinutes ?? 0));
  const [hours, setHours] = useState<WeeklyHoursRow[]>(() =>
    (room?.bookableHours ?? []).map((slot) => ({
      key: rowKey(),
      day: String(slot.day),
      from: slot.from,
      to: slot.to,
    })),
  );
  const [errors, setErrors] = useState<Errors>({});
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const conflict = error instanceof ApiError && error.status === 409;
  const serverErrors = fieldErrorsOf(error, [
    'name',
    'capacity',
    'feeCentsPerHour',
    'feeSharePercent',
    'bufferMinutes',
  ]);
  const dayOptions = isoWeekdays.map((day) => ({ value: String(day), label: weekdayName(day) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Errors = {};
    const capacityValue = wholeNumber(capacity, 1);
    const bufferValue = wholeNumber(buffer, 0);
    const cents = euroToCents(fee);
    const shareValue = wholeNumber(share, 0);
    if (name.trim() === '') next.name = t('rooms.form.nameRequired');
    if (capacityValue === null) next.capacity = t('rooms.form.capacityInvalid');
    if (bufferValue === null) next.buffer = t('rooms.form.numberInvalid');
    if (feeModel === 'per_hour' && cents === null) next.fee = t('rooms.form.numberInvalid');
    if (feeModel === 'course_share' && (shareValue === null || shareValue > 100))
      next.fee = t('rooms.form.numberInvalid');
    const filled = hours.filter((row) => row.from && row.to);
    if (filled.some((row) => row.to <= row.from)) next.hours = t('rooms.form.hoursInvalid');
    setErrors(next);
    if (Object.keys(next).length > 0 || capacityValue === null || bufferValue === null) return;
    onSubmit({
      name: name.trim(),
      building: orNull(building),
      capacity: capacityValue,
      equipment: equipmentKeys.filter((key) => equipment.includes(key)) as Equipment[],
      accessibility: accessibilityKeys.filter((key) => accessibility.includes(key)) as Accessibility[],
      usageRules: orNull(usageRules),
      feeModel,
      feeCentsPerHour: feeModel === 'per_hour' ? cents : null,
      feeSharePercent: feeModel === 'course_share' ? shareValue : null,
      bufferMinutes: bufferValue,
      bookableHours: filled.map((row) => ({ day: Number(row.day), from: row.from, to: row.to })),
    });
  };

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="lg" maw={760}>
        {conflict ? (
          <ProblemAlert error={error}>
            <Text size="sm">{t('rooms.form.conflict')}</Text>
            {onReload && (
              <div>
                <Button variant="default" size="xs" onClick={onReload}>
                  {t('rooms.form.reload')}
                </Button>
              </div>
            )}
          </ProblemAlert>
        ) : (
          <ProblemAlert error={error} shownPaths={Object.keys(serverErrors)} />
        )}
        <TextInput
          ref={first}
          label={t('rooms.fields.name')}
          required
          maxLength={200}
          value={name}
          error={errors.name ?? serverErrors.name}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <TextInput
          label={t('rooms.fields.building')}
          description={t('rooms.fields.buildingHint')}
          maxLength={200}
          value={building}
          onChange={(event) => setBuilding(event.currentTarget.value)}
        />
        <Group gap="md" align="flex-start" wrap="wrap">
          <TextInput
            type="number"
            min={1}
            label={t('rooms.fields.capacity')}
            required
            value={capacity}
            error={errors.capacity ?? serverErrors.capacity}
            onChange={(event) => setCapacity(event.currentTarget.value)}
            w={200}
          />
          <TextInput
            type="number"
            min={0}
            max={240}
            label={t('rooms.fields.bufferMinutes')}
            description={t('rooms.fields.bufferHint')}
            value={buffer}
            error={errors.buffer ?? serverErrors.bufferMinutes}
            onChange={(event) => setBuffer(event.currentTarget.value)}
            w={320}
            maw="100%"
          />
        </Group>
        <Checkbox.Group label={t('rooms.fields.equipment')} value={equipment} onChange={setEquipment}>
          <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="xs" mt="xs">
            {equipmentKeys.map((key) => (
              <Checkbox key={key} value={key} label={t(`rooms.equipment.${key}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Checkbox.Group
          label={t('rooms.fields.accessibility')}
          value={accessibility}
          onChange={setAccessibility}
        >
          <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="xs" mt="xs">
            {accessibilityKeys.map((key) => (
              <Checkbox key={key} value={key} label={t(`rooms.accessibility.${key}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Textarea
          label={t('rooms.fields.usageRules')}
          description={t('rooms.fields.usageRulesHint')}
          autosize
          minRows={3}
          maxLength={4000}
          value={usageRules}
          onChange={(event) => setUsageRules(event.currentTarget.value)}
        />
        <Radio.Group
          label={t('rooms.fields.feeModel')}
          value={feeModel}
          onChange={(value) => setFeeModel(feeModels.find((model) => model === value) ?? 'free')}
        >
          <Group gap="lg" mt="xs">
            {feeModels.map((model) => (
              <Radio key={model} value={model} label={t(`rooms.fee.${model}`)} />
            ))}
          </Group>
        </Radio.Group>
        {feeModel === 'per_hour' && (
          <TextInput
            label={t('rooms.fields.feeCents')}
            inputMode="decimal"
            value={fee}
            error={errors.fee ?? serverErrors.feeCentsPerHour}
            onChange={(event) => setFee(event.currentTarget.value)}
            w={220}
          />
        )}
        {feeModel === 'course_share' && (
          <TextInput
            type="number"
            min={0}
            max={100}
            label={t('rooms.fields.feeShare')}
            value={share}
            error={errors.fee ?? serverErrors.feeSharePercent}
            onChange={(event) => setShare(event.currentTarget.value)}
            w={260}
          />
        )}
        <Fieldset legend={t('rooms.fields.bookableHours')}>
          <Stack gap="sm">
            <Text size="sm">{t('rooms.fields.bookableHoursHint')}</Text>
            {hours.length === 0 && <Text size="sm">{t('rooms.form.noHours')}</Text>}
            {errors.hours && (
              <Text size="sm" c="red.8" role="alert">
                {errors.hours}
              </Text>
            )}
            <WeeklyHoursRows
              rows={hours}
              setRows={setHours}
              dayOptions={dayOptions}
              newRow={() => ({ key: rowKey(), day: '1', from: '14:00', to: '18:00' })}
              labels={{
                day: t('rooms.form.day'),
                from: t('rooms.form.from'),
                to: t('rooms.form.to'),
                remove: t('rooms.form.remove'),
                add: t('rooms.form.addHours'),
                removeRow: (number) => t('rooms.form.removeHours', { number }),
              }}
            />
          </Stack>
        </Fieldset>
        <Group gap="sm">
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('rooms.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
