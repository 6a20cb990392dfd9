/** Check-in response rates for the squad page: which days of the week each athlete answered, and how many did each day. */
import type { SquadAthlete } from './api/types'
import { daysOfWeek } from './isoWeek'
import { shortDay } from './checkIn'

export interface DayRate {
  date: string
  /** "Mon 7" */
  label: string
  answered: number
  of: number
}

/** For each day of the week (Monday first): whether the athlete checked in. */
export function answeredDays(athlete: Pick<SquadAthlete, 'checkInDates'>, week: string): boolean[] {
  const answered = new Set(athlete.checkInDates ?? [])
  return daysOfWeek(week).map((d) => answered.has(d))
}

/** How many of the squad's athletes checked in on each day of the week. */
export function dayRates(athletes: Pick<SquadAthlete, 'checkInDates'>[], week: string): DayRate[] {
  return daysOfWeek(week).map((date) => ({
    date,
    label: shortDay(date),
    answered: athletes.filter((a) => (a.checkInDates ?? []).includes(date)).length,
    of: athletes.length,
  }))
}

/** True when anyone of the squad checked in that week: otherwise the rates are not worth a line. */
export function anyCheckIns(athletes: Pick<SquadAthlete, 'checkInDates'>[]): boolean {
  return athletes.some((a) => (a.checkInDates ?? []).length > 0)
}

/** "Check-ins on Mon 7, Tue 8 (2 of 7 days)" for screen readers. */
export function describeDays(athlete: Pick<SquadAthlete, 'checkInDates'>, week: string): string {
  const days = daysOfWeek(week).filter((d) => (athlete.checkInDates ?? []).includes(d)).map(shortDay)
  if (!days.length) return 'No check-ins this week'
  return `Check-ins on ${days.join(', ')} (${days.length} of 7 days)`
}
