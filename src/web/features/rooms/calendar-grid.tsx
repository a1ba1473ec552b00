import { DateTime } from 'luxon';
import { useTranslation } from 'react-i18next';
import { formatTime, inZone, weekdayName, zone } from './format';

/** One booking as the calendars show it; `label` is already "belegt" for slots the user may not see. */
export interface CalendarEntry {
  id: string;
  startsAt: string;
  endsAt: string;
  label: string;
  status: 'requested' | 'confirmed' | 'declined' | 'cancelled';
  isBusyOnly: boolean;
  roomName?: string;
  organizationName?: string | null;
  canCancel: boolean;
  /** The version read: a cancel sends it (a booking changed meanwhile is a conflict). */
  version: number;
  /** Set for a date of a series the caller sees in full: cancelling may include the later dates. */
  seriesId?: string | null;
}

export type CalendarView = 'week' | 'month';

const firstHour = 7;
const lastHour = 21;
const hourSpan = lastHour - firstHour;

/** The first day shown: Monday of the week, or Monday of the week the month starts in. */
export function rangeOf(view: CalendarView, anchor: string): { from: DateTime; to: DateTime } {
  const day = DateTime.fromISO(anchor, { zone }).startOf('day');
  if (view === 'week') {
    const from = day.startOf('week');
    return { from, to: from.plus({ days: 7 }) };
  }
  const from = day.startOf('month').startOf('week');
  const to = day.endOf('month').startOf('week').plus({ days: 7 });
  return { from, to };
}

function daysOf(from: DateTime, to: DateTime): DateTime[] {
  const days: DateTime[] = [];
  for (let day = from; day < to; day = day.plus({ days: 1 })) days.push(day);
  return days;
}

const entriesOn = (entries: readonly CalendarEntry[], day: DateTime) =>
  entries.filter((entry) => inZone(entry.startsAt).hasSame(day, 'day'));

function WeekGrid({ entries, from }: { entries: readonly CalendarEntry[]; from: DateTime }) {
  const days = daysOf(from, from.plus({ days: 7 }));
  const hours = Array.from({ length: hourSpan }, (_, index) => firstHour + index);
  const position = (entry: CalendarEntry) => {
    const start = inZone(entry.startsAt);
    const end = inZone(entry.endsAt);
    const startHours = Math.max(firstHour, start.hour + start.minute / 60);
    const endHours = Math.min(lastHour, end.hasSame(start, 'day') ? end.hour + end.minute / 60 : lastHour);
    return {
      top: `${((startHours - firstHour) / hourSpan) * 100}%`,
      height: `${(Math.max(endHours - startHours, 0.25) / hourSpan) * 100}%`,
    };
  };
  return (
    <div className="week-grid">
      <div className="week-grid-corner" />
      {days.map((day) => (
        <div key={day.toISODate()} className="week-grid-day-head">
          {weekdayName(day.weekday, 'short')} {day.toFormat('d.M.')}
        </div>
      ))}
      <div className="week-grid-hours">
        {hours.map((hour) => (
          <div key={hour} className="week-grid-hour">
            {String(hour).padStart(2, '0')}
          </div>
        ))}
      </div>
      {days.map((day) => (
        <div key={day.toISODate()} className="week-grid-day">
          {entriesOn(entries, day).map((entry) => (
            <div
              key={entry.id}
              className="calendar-entry"
              data-status={entry.status}
              data-busy={entry.isBusyOnly || undefined}
              style={position(entry)}
            >
              <span className="calendar-entry-time">{formatTime(entry.startsAt)}</span> {entry.label}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}

function MonthGrid({
  entries,
  from,
  to,
  month,
}: {
  entries: readonly CalendarEntry[];
  from: DateTime;
  to: DateTime;
  month: number;
}) {
  const { t } = useTranslation();
  const days = daysOf(from, to);
  const shown = 3;
  return (
    <div className="month-grid">
      {days.slice(0, 7).map((day) => (
        <div key={`head-${day.weekday}`} className="month-grid-head">
          {weekdayName(day.weekday, 'short')}
        </div>
      ))}
      {days.map((day) => {
        const onDay = entriesOn(entries, day);
        return (
          <div
            key={day.toISODate()}
            className="month-grid-day"
            data-outside={day.month !== month || undefined}
          >
            <div className="month-grid-date">{day.day}</div>
            {onDay.slice(0, shown).map((entry) => (
              <div
                key={entry.id}
                className="calendar-entry calendar-entry-inline"
                data-status={entry.status}
                data-busy={entry.isBusyOnly || undefined}
              >
                {formatTime(entry.startsAt)} {entry.label}
              </div>
            ))}
            {onDay.length > shown && (
              <div className="month-grid-more">
                {t('rooms.calendar.moreCount', { count: onDay.length - shown })}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}

/**
 * The visual overview. It is hidden from assistive technology and holds nothing focusable: the list beside it is
 * the accessible representation with the same entries, and booking works through the form (keyboard).
 */
export function CalendarGrid({
  entries,
  view,
  anchor,
}: {
  entries: readonly CalendarEntry[];
  view: CalendarView;
  anchor: string;
}) {
  const { from, to } = rangeOf(view, anchor);
  const month = DateTime.fromISO(anchor, { zone }).month;
  return (
    <div aria-hidden="true" className="calendar-grid">
      {view === 'week' ? (
        <WeekGrid entries={entries} from={from} />
      ) : (
        <MonthGrid entries={entries} from={from} to={to} month={month} />
      )}
    </div>
  );
}
