import { describe, expect, it } from 'vitest';
import { addDays, addMonths, noticeDeadline } from './lifecycle';

// Review dates, notice deadlines and reminder thresholds are calendar dates: daylight-saving changes and month
// ends must not shift them.
describe('calendar date arithmetic', () => {
  it('adds days across the daylight-saving changes in Germany', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2026-11-05', -60)).toBe('2026-09-06');
    expect(addDays('2027-01-01', -14)).toBe('2026-12-18');
  });

  it('adds months and keeps the day within shorter months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-12-31', -3)).toBe('2026-09-30');
    expect(noticeDeadline({ endDate: '2027-03-31', noticePeriodMonths: 3 })).toBe('2026-12-31');
  });
});
