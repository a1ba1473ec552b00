import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { emptySchedule, type OfferingFormValues, type Repeat } from './form-model';

const repeats: Repeat[] = ['none', 'weekly', 'biweekly', 'custom'];
const repeatLabel = {
  none: 'repeatNone',
  weekly: 'repeatWeekly',
  biweekly: 'repeatBiweekly',
  custom: 'repeatCustom',
} as const;

/** Single dates or weekly / biweekly series with a number of sessions or an end date, and exception dates. */
export function ScheduleEditor({ form }: { form: UseFormReturnType<OfferingFormValues> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text size="sm">{t('offerings.form.scheduleHint')}</Text>
      {form.values.schedules.map((schedule, index) => {
        const path = `schedules.${index}`;
        const number = index + 1;
        const headingId = `schedule-${index}-heading`;
        return (
          <Paper key={form.key(path)} withBorder p="sm" component="section" aria-labelledby={headingId}>
            <Stack gap="sm">
              <Group justify="space-between">
                <Title order={3} size="h5" id={headingId}>
                  {t('offerings.form.scheduleNumber', { number })}
                </Title>
                <Button
                  variant="default"
                  size="compact-sm"
                  onClick={() => form.removeListItem('schedules', index)}
                  aria-label={t('offerings.form.removeSchedule', { number })}
                >
                  ✕
                </Button>
              </Group>
              <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
                <TextInput
                  type="date"
                  label={t('offerings.form.startDate')}
                  required
                  {...form.getInputProps(`${path}.startDate`)}
                />
                <TextInput
                  type="time"
                  label={t('offerings.form.startTime')}
                  required
                  {...form.getInputProps(`${path}.startTime`)}
                />
                <TextInput
                  type="time"
                  label={t('offerings.form.endTime')}
                  required
                  {...form.getInputProps(`${path}.endTime`)}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
                <NativeSelect
                  label={t('offerings.form.repeat')}
                  data={repeats.map((value) => ({ value, label: t(`offerings.form.${repeatLabel[value]}`) }))}
                  {...form.getInputProps(`${path}.repeat`)}
                />
                {(schedule.repeat === 'weekly' || schedule.repeat === 'biweekly') && (
                  <>
                    <NativeSelect
                      label={t('offerings.form.endKind')}
                      data={[
                        { value: 'count', label: t('offerings.form.endCount') },
                        { value: 'until', label: t('offerings.form.endUntil') },
                      ]}
                      {...form.getInputProps(`${path}.endKind`)}
                    />
                    {schedule.endKind === 'count' ? (
                      <TextInput
                        type="number"
                        min={1}
                        max={200}
                        label={t('offerings.form.count')}
                        {...form.getInputProps(`${path}.count`)}
                      />
                    ) : (
                      <TextInput
                        type="date"
                        label={t('offerings.form.until')}
                        {...form.getInputProps(`${path}.until`)}
                      />
                    )}
                  </>
                )}
                {schedule.repeat === 'custom' && (
                  <TextInput
                    label={t('offerings.form.rrule')}
                    placeholder="FREQ=WEEKLY;BYDAY=TU;COUNT=10"
                    maxLength={500}
                    style={{ gridColumn: 'span 2' }}
                    {...form.getInputProps(`${path}.rrule`)}
                  />
                )}
              </SimpleGrid>
              {schedule.repeat !== 'none' && (
                <TextInput
                  label={t('offerings.form.exdates')}
                  description={t('offerings.form.exdatesHint')}
                  {...form.getInputProps(`${path}.exdates`)}
                />
              )}
            </Stack>
          </Paper>
        );
      })}
      <div>
        <Button variant="default" onClick={() => form.insertListItem('schedules', emptySchedule())}>
          {t('offerings.form.addSchedule')}
        </Button>
      </div>
    </Stack>
  );
}
