/** Turning form text into API values and back (empty means not recorded). */
import type { HealthEventRequest, HealthEventView, SessionRequest, SessionView } from './api/types'

/** '' → null, '12,5' → 12.5 (a decimal comma is accepted), anything unreadable → NaN (refused by the API). */
export function numberOrNull(text: string | number | null | undefined): number | null {
  if (text === null || text === undefined) return null
  if (typeof text === 'number') return Number.isFinite(text) ? text : null
  const t = text.trim().replace(',', '.')
  if (t === '') return null
  const n = Number(t)
  return Number.isFinite(n) ? n : NaN
}

export function textOrNull(text: string | null | undefined): string | null {
  const t = (text ?? '').trim()
  return t === '' ? null : t
}

export function toText(value: number | string | null | undefined): string {
  return value === null || value === undefined ? '' : String(value)
}

/** '07:30:00' → '07:30' (what a time field shows and the API reads). */
export function timeOfDay(value: string | null | undefined): string {
  if (!value) return ''
  const m = /^(\d{2}):(\d{2})/.exec(value)
  return m ? `${m[1]}:${m[2]}` : value
}

export interface SessionForm {
  date: string
  startTime: string
  type: string
  movingMinutes: string
  elapsedMinutes: string
  distanceKm: string
  rpe: string
  avgHr: string
  maxHr: string
  warmUpMinutes: string
  refuelMinutes: string
  carbsG: string
  proteinG: string
  pain: boolean
  painLocation: string
  painScore: string
  muscleSoreness: string
  notes: string
  excluded: boolean
  excludedReason: string
}

export function sessionForm(s: SessionView): SessionForm {
  return {
    date: s.date,
    startTime: timeOfDay(s.startTime),
    type: s.type,
    movingMinutes: toText(s.movingMinutes),
    elapsedMinutes: toText(s.elapsedMinutes),
    distanceKm: toText(s.distanceKm),
    rpe: toText(s.rpe),
    avgHr: toText(s.avgHr),
    maxHr: toText(s.maxHr),
    warmUpMinutes: toText(s.warmUpMinutes),
    refuelMinutes: toText(s.refuelMinutes),
    carbsG: toText(s.carbsG),
    proteinG: toText(s.proteinG),
    pain: s.pain,
    painLocation: s.painLocation ?? '',
    painScore: toText(s.painScore),
    muscleSoreness: toText(s.muscleSoreness),
    notes: s.notes ?? '',
    excluded: s.excluded,
    excludedReason: s.excludedReason ?? '',
  }
}

/** The whole session as a PUT wants it: every field, null for the ones not recorded. */
export function sessionRequest(f: SessionForm): SessionRequest {
  return {
    date: f.date,
    startTime: textOrNull(f.startTime),
    type: f.type,
    movingMinutes: numberOrNull(f.movingMinutes),
    elapsedMinutes: numberOrNull(f.elapsedMinutes),
    distanceKm: numberOrNull(f.distanceKm),
    rpe: numberOrNull(f.rpe),
    avgHr: numberOrNull(f.avgHr),
    maxHr: numberOrNull(f.maxHr),
    warmUpMinutes: numberOrNull(f.warmUpMinutes),
    refuelMinutes: numberOrNull(f.refuelMinutes),
    carbsG: numberOrNull(f.carbsG),
    proteinG: numberOrNull(f.proteinG),
    pain: f.pain,
    painLocation: textOrNull(f.painLocation),
    painScore: numberOrNull(f.painScore),
    muscleSoreness: numberOrNull(f.muscleSoreness),
    notes: textOrNull(f.notes),
    excluded: f.excluded,
    excludedReason: f.excluded ? textOrNull(f.excludedReason) : null,
  }
}

/** A session excluded (or counted again) with everything else as recorded. */
export function withExclusion(s: SessionView, excluded: boolean, reason: string | null): SessionRequest {
  return sessionRequest({ ...sessionForm(s), excluded, excludedReason: excluded ? reason ?? '' : '' })
}

/** Field names the form checks itself before sending, with the API's words where it has them. */
export function checkSessionForm(f: SessionForm): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.date)) errors.date = 'date is required (YYYY-MM-DD)'
  if (!f.type) errors.type = 'session type is required'
  const numbers: (keyof SessionForm)[] = ['movingMinutes', 'elapsedMinutes', 'distanceKm', 'rpe', 'avgHr', 'maxHr',
    'warmUpMinutes', 'refuelMinutes', 'carbsG', 'proteinG', 'painScore', 'muscleSoreness']
  for (const key of numbers) {
    const n = numberOrNull(f[key] as string)
    if (n !== null && Number.isNaN(n)) errors[key] = 'enter a number'
  }
  const rpe = numberOrNull(f.rpe)
  if (rpe !== null && !Number.isNaN(rpe) && (rpe < 0 || rpe > 10)) errors.rpe = 'RPE must be between 0 and 10 (CR-10 scale)'
  if (f.excluded && !f.excludedReason.trim()) errors.excludedReason = 'say why the session is excluded'
  return errors
}

export interface HealthEventForm {
  kind: 'injury' | 'illness'
  startedOn: string
  endedOn: string
  bodyLocation: string
  severity: string
  daysLost: string
  note: string
}

export function emptyHealthEventForm(today: string): HealthEventForm {
  return { kind: 'injury', startedOn: today, endedOn: '', bodyLocation: '', severity: '', daysLost: '', note: '' }
}

export function healthEventForm(e: HealthEventView): HealthEventForm {
  return {
    kind: e.kind,
    startedOn: e.startedOn,
    endedOn: e.endedOn ?? '',
    bodyLocation: e.bodyLocation ?? '',
    severity: e.severity ?? '',
    daysLost: toText(e.daysLost),
    note: e.note ?? '',
  }
}

export function healthEventRequest(f: HealthEventForm): HealthEventRequest {
  return {
    kind: f.kind,
    startedOn: f.startedOn,
    endedOn: textOrNull(f.endedOn),
    bodyLocation: textOrNull(f.bodyLocation),
    severity: textOrNull(f.severity),
    daysLost: numberOrNull(f.daysLost),
    note: textOrNull(f.note),
  }
}

export function checkHealthEventForm(f: HealthEventForm): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.startedOn)) errors.startedOn = 'startedOn is required (YYYY-MM-DD)'
  if (f.endedOn && f.startedOn && f.endedOn < f.startedOn) errors.endedOn = 'the end must not be before the start'
  if (f.kind === 'injury' && !f.bodyLocation) errors.bodyLocation = 'an injury needs its body location'
  const days = numberOrNull(f.daysLost)
  if (days !== null && (Number.isNaN(days) || days < 0 || days > 366 || !Number.isInteger(days))) errors.daysLost = 'days lost must be a whole number from 0 to 366'
  return errors
}
