/** Plain computations over an athlete's daily timeline (no charts here). */
import type { TimelineDay } from './api/types'
import { formatWeek, weekOfDate } from './isoWeek'

export interface WeekSummary {
  week: string
  from: string
  to: string
  days: number
  load: number
  sessions: number
  /** The ACWR of the last day of the week that has one. */
  acwr: number | null
  avgSleepHours: number | null
  avgRestingHr: number | null
  avgHrvMs: number | null
  /** Days with any wellness value. */
  wellnessDays: number
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length
}

function known(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v)
}

/** The days grouped by ISO week, oldest first. */
export function summarizeWeeks(days: readonly TimelineDay[]): WeekSummary[] {
  const byWeek = new Map<string, TimelineDay[]>()
  for (const d of days) {
    const key = formatWeek(weekOfDate(d.date))
    const list = byWeek.get(key)
    if (list) list.push(d)
    else byWeek.set(key, [d])
  }
  return [...byWeek.entries()].map(([week, list]) => {
    const sorted = [...list].sort((a, b) => a.date.localeCompare(b.date))
    const acwrDay = [...sorted].reverse().find((d) => known(d.acwr))
    return {
      week,
      from: sorted[0].date,
      to: sorted[sorted.length - 1].date,
      days: sorted.length,
      load: sorted.reduce((sum, d) => sum + (known(d.load) ? d.load : 0), 0),
      sessions: sorted.reduce((sum, d) => sum + (d.sessions ?? 0), 0),
      acwr: acwrDay?.acwr ?? null,
      avgSleepHours: mean(sorted.map((d) => d.sleepHours).filter(known)),
      avgRestingHr: mean(sorted.map((d) => d.restingHr).filter(known)),
      avgHrvMs: mean(sorted.map((d) => d.hrvMs).filter(known)),
      wellnessDays: sorted.filter((d) => known(d.sleepHours) || known(d.restingHr) || known(d.hrvMs)).length,
    }
  }).sort((a, b) => a.from.localeCompare(b.from))
}

/** The last day with a value of the given field, or null. */
export function lastKnown<K extends keyof TimelineDay>(days: readonly TimelineDay[], key: K): TimelineDay | null {
  for (let i = days.length - 1; i >= 0; i--) {
    const v = days[i][key]
    if (typeof v === 'number' && Number.isFinite(v)) return days[i]
  }
  return null
}
