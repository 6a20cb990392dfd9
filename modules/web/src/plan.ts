/**
 * The week grid of a plan: seven days, each with up to three planned sessions, as editable drafts (text fields keep
 * what the coach typed) checked here as the server checks them, and turned into the PUT body of the week.
 */
import type { PlanOutcome, PlanWeekRequest, PlanWeekView, SessionType } from './api/types'
import { addDays, mondayOf } from './isoWeek'

export const MAX_PER_DAY = 3

export interface DraftSession {
  key: number
  date: string
  type: SessionType
  minutes: string
  intendedRpe: string
}

/**
 * Typical minutes and the session type's typical CR-10 rating (the engine's type default, docs/scoring.md), put in a
 * session dropped on a day; the coach changes them.
 */
export const TYPICAL: Record<SessionType, { minutes: number | null; rpe: number | null }> = {
  easy: { minutes: 45, rpe: 3 },
  recovery: { minutes: 30, rpe: 2 },
  long: { minutes: 90, rpe: 4 },
  tempo: { minutes: 45, rpe: 6 },
  intervals: { minutes: 50, rpe: 7 },
  hills: { minutes: 45, rpe: 7 },
  race_pace: { minutes: 50, rpe: 6 },
  race: { minutes: 60, rpe: 8 },
  strides: { minutes: 30, rpe: 4 },
  strength: { minutes: 30, rpe: 4 },
  cross_training: { minutes: 45, rpe: 3 },
  rest: { minutes: null, rpe: null },
}

let nextKey = 1

/** The seven dates of the week, Monday first. */
export function weekDates(week: string): string[] {
  const monday = mondayOf(week)
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i))
}

export function draft(date: string, type: SessionType): DraftSession {
  const typical = TYPICAL[type]
  return { key: nextKey++, date, type, minutes: typical.minutes == null ? '' : String(typical.minutes),
    intendedRpe: typical.rpe == null ? '' : String(typical.rpe) }
}

export function draftsOf(plan: PlanWeekView): DraftSession[] {
  return plan.sessions.map((s) => ({ key: nextKey++, date: s.date, type: s.type,
    minutes: s.minutes == null ? '' : String(s.minutes), intendedRpe: s.intendedRpe == null ? '' : String(s.intendedRpe) }))
}

/** Whether one more session fits on the date. */
export function roomOn(drafts: DraftSession[], date: string): boolean {
  return drafts.filter((d) => d.date === date).length < MAX_PER_DAY
}

const NUMBER = /^\d+([.,]\d+)?$/

/** Problems by draft key and field ('minutes', 'intendedRpe'), in the server's words. */
export function checkDrafts(drafts: DraftSession[]): Record<number, Partial<Record<'minutes' | 'intendedRpe', string>>> {
  const errors: Record<number, Partial<Record<'minutes' | 'intendedRpe', string>>> = {}
  for (const d of drafts) {
    const e: Partial<Record<'minutes' | 'intendedRpe', string>> = {}
    const minutes = d.minutes.trim()
    if (minutes === '') {
      if (d.type !== 'rest') e.minutes = `planned minutes are required for a ${d.type} session`
    } else if (!NUMBER.test(minutes) || Number(minutes.replace(',', '.')) > 1440) {
      e.minutes = 'planned minutes must be between 0 and 1440'
    }
    const rpe = d.intendedRpe.trim()
    if (rpe !== '' && (!/^\d+$/.test(rpe) || Number(rpe) > 10)) e.intendedRpe = 'intended RPE must be between 0 and 10 (CR-10 scale)'
    if (Object.keys(e).length) errors[d.key] = e
  }
  return errors
}

/** The PUT body of the week, sessions by date then as placed. */
export function weekRequest(drafts: DraftSession[]): PlanWeekRequest {
  const sorted = [...drafts].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  return {
    sessions: sorted.map((d) => ({
      date: d.date,
      type: d.type,
      minutes: d.minutes.trim() === '' ? null : Number(d.minutes.trim().replace(',', '.')),
      intendedRpe: d.intendedRpe.trim() === '' ? null : Number(d.intendedRpe.trim()),
    })),
  }
}

/** The planned load of a draft (minutes x intended RPE), null without both. */
export function draftLoad(d: DraftSession): number | null {
  const m = Number(d.minutes.replace(',', '.'))
  const r = Number(d.intendedRpe)
  return d.minutes.trim() === '' || d.intendedRpe.trim() === '' || Number.isNaN(m) || Number.isNaN(r) ? null : m * r
}

export const OUTCOME_LABEL: Record<PlanOutcome, string> = {
  'as-planned': 'Done as planned',
  changed: 'Changed',
  missed: 'Missed',
  pending: 'Not yet',
  unplanned: 'Not planned',
}
