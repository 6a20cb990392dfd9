/**
 * Numbers, dates and weeks in the club's locale (Intl). Missing values are shown as an em dash.
 * Calendar dates ('YYYY-MM-DD') are formatted as UTC dates so that no time zone moves them a day;
 * instants are shown in the club's time zone.
 */
import { mondayOf, parseDate, parseWeek, sundayOf } from './isoWeek'

export const MISSING = '—'

/** A locale Intl accepts: the club's, else British English. */
export function safeLocale(locale: string | null | undefined): string {
  if (!locale) return 'en-GB'
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en-GB'
  } catch {
    return 'en-GB'
  }
}

/** A time zone Intl accepts, else undefined (the browser's). */
export function safeTimeZone(zone: string | null | undefined): string | undefined {
  if (!zone) return undefined
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return zone
  } catch {
    return undefined
  }
}

export interface Formatter {
  readonly locale: string
  readonly timeZone: string | undefined
  /** A number with at most `digits` decimals (and at least `minDigits`). */
  number(value: number | null | undefined, digits?: number, minDigits?: number): string
  /** A whole number. */
  integer(value: number | null | undefined): string
  /** One decimal, always shown: loads, ACWR, hours. */
  decimal1(value: number | null | undefined): string
  /** Two decimals, always shown: ratios such as ACWR. */
  decimal2(value: number | null | undefined): string
  /** A signed whole number: +5, −3, 0. */
  signed(value: number | null | undefined): string
  /** 0.3 → '30%'. */
  percent(value: number | null | undefined, digits?: number): string
  /** '2026-11-24' → '24 Nov 2026' (en-GB), '24.11.2026' (de-DE) in the medium style. */
  date(value: string | null | undefined, style?: 'short' | 'medium' | 'long'): string
  /** '2026-11-24' → 'Tue 24 Nov'. */
  dayShort(value: string | null | undefined): string
  /** '2026-11-24' → '24 Nov' (chart axes). */
  dayMonth(value: string | null | undefined): string
  /** An instant in the club's zone, date and time. */
  dateTime(value: string | null | undefined): string
  /** A week '2026-W47' as its date range: '16–22 Nov 2026'. */
  weekRange(week: string | null | undefined): string
  /** '2026-W47' → 'Week 47, 2026'. */
  weekLabel(week: string | null | undefined): string
  /** A byte count: '1.2 MB'. */
  bytes(value: number | null | undefined): string
}

const cache = new Map<string, Formatter>()

export function createFormatter(locale?: string | null, timeZone?: string | null): Formatter {
  const loc = safeLocale(locale)
  const zone = safeTimeZone(timeZone)
  const key = `${loc}|${zone ?? ''}`
  const cached = cache.get(key)
  if (cached) return cached

  const numberFormats = new Map<string, Intl.NumberFormat>()
  const nf = (max: number, min: number, extra: Intl.NumberFormatOptions = {}) => {
    const k = `${max}|${min}|${JSON.stringify(extra)}`
    let f = numberFormats.get(k)
    if (!f) {
      f = new Intl.NumberFormat(loc, { maximumFractionDigits: max, minimumFractionDigits: min, ...extra })
      numberFormats.set(k, f)
    }
    return f
  }
  const isNum = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v)
  const calendar = (style: 'short' | 'medium' | 'long') =>
    new Intl.DateTimeFormat(loc, { dateStyle: style, timeZone: 'UTC' })
  const dateFormats = { short: calendar('short'), medium: calendar('medium'), long: calendar('long') }
  const dayShortFormat = new Intl.DateTimeFormat(loc, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })
  const dayMonthFormat = new Intl.DateTimeFormat(loc, { day: 'numeric', month: 'short', timeZone: 'UTC' })
  const dateTimeFormat = new Intl.DateTimeFormat(loc, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone })
  const rangeFormat = new Intl.DateTimeFormat(loc, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })

  const f: Formatter = {
    locale: loc,
    timeZone: zone,
    number: (v, digits = 1, minDigits = 0) => (isNum(v) ? nf(digits, Math.min(minDigits, digits)).format(v) : MISSING),
    integer: (v) => (isNum(v) ? nf(0, 0).format(v) : MISSING),
    decimal1: (v) => (isNum(v) ? nf(1, 1).format(v) : MISSING),
    decimal2: (v) => (isNum(v) ? nf(2, 2).format(v) : MISSING),
    signed: (v) => {
      if (!isNum(v)) return MISSING
      const text = nf(0, 0).format(Math.abs(v))
      return v > 0 ? `+${text}` : v < 0 ? `\u2212${text}` : text
    },
    percent: (v, digits = 0) => (isNum(v) ? nf(digits, 0, { style: 'percent' }).format(v) : MISSING),
    date: (v, style = 'medium') => {
      if (!v) return MISSING
      const ms = parseDate(v.slice(0, 10))
      return ms === null ? v : dateFormats[style].format(ms)
    },
    dayShort: (v) => {
      if (!v) return MISSING
      const ms = parseDate(v.slice(0, 10))
      return ms === null ? v : dayShortFormat.format(ms)
    },
    dayMonth: (v) => {
      if (!v) return MISSING
      const ms = parseDate(v.slice(0, 10))
      return ms === null ? v : dayMonthFormat.format(ms)
    },
    dateTime: (v) => {
      if (!v) return MISSING
      const ms = Date.parse(v)
      return Number.isNaN(ms) ? v : dateTimeFormat.format(ms)
    },
    weekRange: (week) => {
      if (!week || !parseWeek(week)) return week ?? MISSING
      const from = parseDate(mondayOf(week))!
      const to = parseDate(sundayOf(week))!
      return rangeFormat.formatRange(from, to)
    },
    weekLabel: (week) => {
      const w = parseWeek(week)
      return w ? `Week ${w.week}, ${w.year}` : (week ?? MISSING)
    },
    bytes: (v) => {
      if (!isNum(v)) return MISSING
      const units = ['bytes', 'KB', 'MB', 'GB']
      let value = v
      let unit = 0
      while (value >= 1024 && unit < units.length - 1) {
        value /= 1024
        unit++
      }
      return `${nf(unit === 0 ? 0 : 1, 0).format(value)} ${units[unit]}`
    },
  }
  cache.set(key, f)
  return f
}

/** 'cross_training' → 'Cross training'. */
export function humanize(code: string | null | undefined): string {
  if (!code) return MISSING
  const text = code.replace(/[_-]+/g, ' ').trim()
  return text.charAt(0).toUpperCase() + text.slice(1)
}
