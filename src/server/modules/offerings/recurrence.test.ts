import { describe, expect, it } from 'vitest';
import { expandSchedule } from './recurrence';

const weekly = (patch: object = {}) => ({
  startDate: '2027-03-15',
  startTime: '10:00',
  endTime: '12:00',
  rrule: 'FREQ=WEEKLY;COUNT=4',
  exdates: [],
  ...patch,
});

describe('recurrence in Europe/Berlin', () => {
  it('keeps a weekly 10:00 course at 10:00 across the DST change of 2027-03-28', () => {
    const { schedule, errors } = expandSchedule(weekly(), 0);
    expect(errors).toEqual([]);
    const starts = schedule?.occurrences.map((o) => o.startsAt.toISOString());
    // 10:00 CET = 09:00 UTC before the change, 10:00 CEST = 08:00 UTC after it.
    expect(starts).toEqual([
      '2027-03-15T09:00:00.000Z',
      '2027-03-22T09:00:00.000Z',
      '2027-03-29T08:00:00.000Z',
      '2027-04-05T08:00:00.000Z',
    ]);
    expect(schedule?.occurrences[2]?.endsAt.toISOString()).toBe('2027-03-29T10:00:00.000Z');
  });

  it('keeps a Sunday 10:00 session on the change day itself at 10:00 local', () => {
    const { schedule } = expandSchedule(weekly({ startDate: '2027-03-21', rrule: 'FREQ=WEEKLY;COUNT=2' }), 0);
    expect(schedule?.occurrences.map((o) => o.startsAt.toISOString())).toEqual([
      '2027-03-21T09:00:00.000Z',
      '2027-03-28T08:00:00.000Z',
    ]);
  });

  it('drops exception dates and includes a date-only UNTIL day', () => {
    const { schedule } = expandSchedule(
      weekly({ rrule: 'FREQ=WEEKLY;UNTIL=20270405', exdates: ['2027-03-22'] }),
      0,
    );
    expect(schedule?.occurrences).toHaveLength(3);
    expect(schedule?.occurrences.map((o) => o.startsAt.toISOString().slice(0, 10))).not.toContain(
      '2027-03-22',
    );
  });

  it('names the problem of bad rules', () => {
    const message = (patch: object) =>
      expandSchedule(weekly(patch), 2).errors.map((e) => `${e.path} ${e.message}`);
    expect(message({ rrule: 'FREQ=DAILY' })).toEqual(['schedules.2.rrule offerings.validation.rruleEndless']);
    expect(message({ rrule: 'FREQ=DAILY;COUNT=800' })).toEqual([
      'schedules.2.rrule offerings.validation.rruleTooLong',
    ]);
    expect(message({ rrule: 'FREQ=MONTHLY;UNTIL=20300101' })).toEqual([
      'schedules.2.rrule offerings.validation.rruleTooLong',
    ]);
    expect(message({ rrule: 'FREQ=WEEKLY;COUNT=x' })).toEqual([
      'schedules.2.rrule offerings.validation.rruleMalformed',
    ]);
    expect(message({ rrule: 'DTSTART:20270101T100000\nRRULE:FREQ=DAILY;COUNT=2' })).toEqual([
      'schedules.2.rrule offerings.validation.rruleMalformed',
    ]);
    expect(message({ endTime: '09:00' })).toEqual([
      'schedules.2.endTime offerings.validation.endBeforeStart',
    ]);
    expect(message({ rrule: null })).toEqual([]);
  });
});
