/**
 * ISO 8601 weeks ('2026-W47'): Monday first, week 1 holds the year's first Thursday, a year has 52 or 53 weeks.
 * Dates are 'YYYY-MM-DD' strings handled as UTC calendar dates, so no time zone can shift a day.
 */

export interface IsoWeek {
  year: number
  week: number
}

const WEEK_RE = /^(\d{4})-W(\d{2})$/
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 86_400_000

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}

/** Whether the ISO year has 53 weeks: it starts on a Thursday, or is a leap year starting on a Wednesday. */
export function weeksInYear(year: number): 52 | 53 {
  const jan1 = new Date(Date.UTC(year, 0, 1)).getUTCDay() // 0 Sunday .. 6 Saturday
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return jan1 === 4 || (leap && jan1 === 3) ? 53 : 52
}

/** '2026-W47' → {year: 2026, week: 47}; null for anything else, including week 53 of a 52-week year. */
export function parseWeek(text: string | null | undefined): IsoWeek | null {
  if (!text) return null
  const m = WEEK_RE.exec(text.trim())
  if (!m) return null
  const year = Number(m[1])
  const week = Number(m[2])
  if (week < 1 || week > weeksInYear(year)) return null
  return { year, week }
}

export function formatWeek(w: IsoWeek): string {
  return `${pad(w.year, 4)}-W${pad(w.week)}`
}

export function isValidWeek(text: string | null | undefined): boolean {
  return parseWeek(text) !== null
}

/** 'YYYY-MM-DD' → UTC milliseconds at midnight; null when not a real date. */
export function parseDate(text: string): number | null {
  const m = DATE_RE.exec(text)
  if (!m) return null
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  const ms = Date.UTC(y, mo - 1, d)
  const back = new Date(ms)
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null
  return ms
}

export function formatDate(ms: number): string {
  const d = new Date(ms)
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

/** 'YYYY-MM-DD' plus n days. */
export function addDays(date: string, n: number): string {
  const ms = parseDate(date)
  if (ms === null) throw new RangeError(`not a date: ${date}`)
  return formatDate(ms + n * DAY_MS)
}

/** The ISO week a date falls in: 2027-01-01 (a Friday) is in 2026-W53. */
export function weekOfDate(date: string): IsoWeek {
  const ms = parseDate(date)
  if (ms === null) throw new RangeError(`not a date: ${date}`)
  const day = new Date(ms).getUTCDay() || 7 // Monday 1 .. Sunday 7
  const thursday = new Date(ms + (4 - day) * DAY_MS)
  const year = thursday.getUTCFullYear()
  const yearStart = Date.UTC(year, 0, 1)
  const week = Math.floor((thursday.getTime() - yearStart) / DAY_MS / 7) + 1
  return { year, week }
}

/** The Monday of an ISO week, 'YYYY-MM-DD'. */
export function mondayOf(w: IsoWeek | string): string {
  const week = typeof w === 'string' ? parseWeek(w) : w
  if (!week) throw new RangeError(`not an ISO week: ${String(w)}`)
  const jan4 = Date.UTC(week.year, 0, 4)
  const jan4Day = new Date(jan4).getUTCDay() || 7
  const week1Monday = jan4 - (jan4Day - 1) * DAY_MS
  return formatDate(week1Monday + (week.week - 1) * 7 * DAY_MS)
}

/** The Sunday of an ISO week, 'YYYY-MM-DD'. */
export function sundayOf(w: IsoWeek | string): string {
  return addDays(mondayOf(w), 6)
}

/** The week n weeks later (n < 0: earlier). */
export function addWeeks(w: IsoWeek | string, n: number): IsoWeek {
  return weekOfDate(addDays(mondayOf(w), n * 7))
}

export function previousWeek(w: IsoWeek | string): IsoWeek {
  return addWeeks(w, -1)
}

export function nextWeek(w: IsoWeek | string): IsoWeek {
  return addWeeks(w, 1)
}

/** Negative when a is before b, 0 when equal, positive after. */
export function compareWeeks(a: IsoWeek | string, b: IsoWeek | string): number {
  const x = typeof a === 'string' ? parseWeek(a) : a
  const y = typeof b === 'string' ? parseWeek(b) : b
  if (!x || !y) throw new RangeError('not an ISO week')
  return x.year !== y.year ? x.year - y.year : x.week - y.week
}

/** Today's date in a time zone ('Europe/Berlin'), 'YYYY-MM-DD'; the browser's zone when the zone is unknown. */
export function todayIn(timeZone: string | null | undefined, now: Date = new Date()): string {
  const make = (zone?: string) => new Intl.DateTimeFormat('en-CA', {
    timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit',
  })
  let format: Intl.DateTimeFormat
  try {
    format = make(timeZone ?? undefined)
  } catch {
    format = make(undefined)
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((p) => [p.type, p.value]))
  return `${parts.year}-${parts.month}-${parts.day}`
}

/** The week that contains today in the zone. */
export function currentWeek(timeZone: string | null | undefined, now: Date = new Date()): IsoWeek {
  return weekOfDate(todayIn(timeZone, now))
}

/** The week just ended in the zone: the week before the current one (what the squad shows by default). */
export function weekJustEnded(timeZone: string | null | undefined, now: Date = new Date()): IsoWeek {
  return previousWeek(currentWeek(timeZone, now))
}

/** The dates Monday..Sunday of a week. */
export function daysOfWeek(w: IsoWeek | string): string[] {
  const monday = mondayOf(w)
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i))
}
