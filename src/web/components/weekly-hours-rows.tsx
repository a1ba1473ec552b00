import { Button, Group, Select, TextInput } from '@mantine/core';
import type { Dispatch, SetStateAction } from 'react';

export interface WeeklyHoursRow {
  key: number;
  day: string;
  from: string;
  to: string;
}

interface WeeklyHoursRowsProps {
  rows: WeeklyHoursRow[];
  setRows: Dispatch<SetStateAction<WeeklyHoursRow[]>>;
  dayOptions: { value: string; label: string }[];
  /** A new row with a fresh key and the form's default times. */
  newRow: () => WeeklyHoursRow;
  labels: {
    day: string;
    from: string;
    to: string;
    remove: string;
    add: string;
    removeRow: (n: number) => string;
  };
}

/** Editable weekday + from/to rows: a partner's opening hours, a room's bookable hours. */
export function WeeklyHoursRows({ rows, setRows, dayOptions, newRow, labels }: WeeklyHoursRowsProps) {
  const setRow = (key: number, patch: Partial<WeeklyHoursRow>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  return (
    <>
      {rows.map((row, index) => (
        <Group key={row.key} gap="xs" align="flex-end" wrap="wrap">
          <Select
            label={labels.day}
            data={dayOptions}
            value={row.day}
            allowDeselect={false}
            onChange={(value) => setRow(row.key, { day: value ?? row.day })}
            w={160}
          />
          <TextInput
            type="time"
            label={labels.from}
            value={row.from}
            onChange={(event) => setRow(row.key, { from: event.currentTarget.value })}
            w={140}
          />
          <TextInput
            type="time"
            label={labels.to}
            value={row.to}
            onChange={(event) => setRow(row.key, { to: event.currentTarget.value })}
            w={140}
          />
          <Button
            variant="default"
            aria-label={labels.removeRow(index + 1)}
            onClick={() => setRows((current) => current.filter((candidate) => candidate.key !== row.key))}
          >
            {labels.remove}
          </Button>
        </Group>
      ))}
      <div>
        <Button variant="default" onClick={() => setRows((current) => [...current, newRow()])}>
          {labels.add}
        </Button>
      </div>
    </>
  );
}
