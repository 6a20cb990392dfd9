/** The check-in form's answers, defaults and wording, apart from the page so they can be tested alone. */
import type { CheckInDay, CheckInPage, CheckInRequest } from './api/types'

/** The Hooper items, each 1-7 where 7 is worst, with the words at either end. */
export const SCALES = [
  { key: 'sleepQuality', label: 'Sleep quality', low: 'very good', high: 'very poor' },
  { key: 'fatigue', label: 'Fatigue', low: 'fresh', high: 'exhausted' },
  { key: 'soreness', label: 'Muscle soreness', low: 'none', high: 'very sore' },
  { key: 'stress', label: 'Stress', low: 'relaxed', high: 'very stressed' },
  { key: 'mood', label: 'Mood', low: 'great', high: 'very low' },
] as const

export type ScaleKey = (typeof SCALES)[number]['key']

/** Body location codes the API accepts, as athletes say them. */
export const PAIN_PLACES: ReadonlyArray<{ code: string; label: string }> = [
  { code: 'achilles', label: 'Achilles' }, { code: 'calf', label: 'Calf' }, { code: 'shin', label: 'Shin' },
  { code: 'knee', label: 'Knee' }, { code: 'hamstring', label: 'Hamstring' }, { code: 'quadriceps', label: 'Thigh (front)' },
  { code: 'hip', label: 'Hip' }, { code: 'groin', label: 'Groin' }, { code: 'back', label: 'Back' },
  { code: 'ankle', label: 'Ankle' }, { code: 'foot', label: 'Foot' }, { code: 'other', label: 'Elsewhere' },
]

export interface CheckInForm {
  sleepHours: number
  sleepQuality: number | null
  fatigue: number | null
  soreness: number | null
  stress: number | null
  mood: number | null
  restingHr: string
  hrvMs: string
  pain: boolean
  painScore: number | null
  painLocation: string
  painKind: string
  note: string
}

export const DEFAULT_SLEEP_HOURS = 7.5
/** The middle of the Hooper scale: "as usual". */
export const DEFAULT_SCALE = 3

/**
 * The form to show: today's own answers when the athlete is correcting them; otherwise the last check-in's sleep
 * hours and the middle of each scale ("as usual"), no pain, and the morning values empty (they change every day).
 */
export function formFor(page: CheckInPage): CheckInForm {
  const today = page.answers
  if (today) return fromDay(today)
  const last: CheckInDay | undefined = [...page.days].reverse().find((d) => d.date < page.today)
  return {
    sleepHours: last?.sleepHours ?? DEFAULT_SLEEP_HOURS,
    sleepQuality: DEFAULT_SCALE,
    fatigue: DEFAULT_SCALE,
    soreness: DEFAULT_SCALE,
    stress: DEFAULT_SCALE,
    mood: DEFAULT_SCALE,
    restingHr: '',
    hrvMs: '',
    pain: false,
    painScore: null,
    painLocation: '',
    painKind: '',
    note: '',
  }
}

function fromDay(d: CheckInDay): CheckInForm {
  const pain = (d.painScore ?? 0) > 0
  return {
    sleepHours: d.sleepHours ?? DEFAULT_SLEEP_HOURS,
    sleepQuality: d.sleepQuality ?? null,
    fatigue: d.fatigue ?? null,
    soreness: d.soreness ?? null,
    stress: d.stress ?? null,
    mood: d.mood ?? null,
    restingHr: d.restingHr == null ? '' : String(d.restingHr),
    hrvMs: d.hrvMs == null ? '' : String(d.hrvMs),
    pain,
    painScore: pain ? d.painScore ?? null : null,
    painLocation: pain ? d.painLocation ?? '' : '',
    painKind: pain ? d.painKind ?? '' : '',
    note: d.note ?? '',
  }
}

/** A typed number, or null when empty; text that is not a number is sent as is for the API to name. */
function number(text: string): number | null | string {
  const t = text.trim().replace(',', '.')
  if (t === '') return null
  const n = Number(t)
  return Number.isFinite(n) ? n : t
}

/** The request the form sends: no pain sends pain 0 and no place or kind. */
export function requestOf(form: CheckInForm): CheckInRequest {
  return {
    sleepHours: form.sleepHours,
    sleepQuality: form.sleepQuality,
    fatigue: form.fatigue,
    soreness: form.soreness,
    stress: form.stress,
    mood: form.mood,
    restingHr: number(form.restingHr) as number | null,
    hrvMs: number(form.hrvMs) as number | null,
    painScore: form.pain ? form.painScore : 0,
    painLocation: form.pain && form.painLocation ? form.painLocation : null,
    painKind: form.pain && form.painKind ? form.painKind : null,
    note: form.note.trim() === '' ? null : form.note.trim(),
  }
}

/** Sleep hours moved by a step, kept within the API's 0-16. */
export function stepSleep(hours: number, step: number): number {
  return Math.min(16, Math.max(0, Math.round((hours + step) * 2) / 2))
}

const FIELD_WORDS: Record<string, string> = {
  sleepHours: 'sleep hours', sleepQuality: 'sleep quality', fatigue: 'fatigue', soreness: 'soreness', stress: 'stress',
  mood: 'mood', restingHr: 'resting HR', hrvMs: 'HRV', painNote: 'pain', pain: 'pain',
}

/** What a save did, in words for the athlete. */
export function savedMessage(page: CheckInPage): string {
  const kept = (page.kept ?? []).map((f) => FIELD_WORDS[f] ?? f)
  switch (page.saved) {
    case 'created':
      return `Saved. Thanks, ${page.firstName}! You can change today's answers until midnight.`
    case 'corrected':
      return 'Your changes are saved.'
    case 'added':
      return kept.length
        ? `Saved. Your coach had already recorded ${joinWords(kept)} for today; those stay as they recorded them.`
        : 'Saved, together with what your coach had already recorded for today.'
    default:
      return ''
  }
}

function joinWords(words: string[]): string {
  if (words.length < 2) return words.join('')
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}

/** "Mon 7" for the days strip, read as a date in the athlete's own calendar (no time zone shift). */
export function shortDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  const date = new Date(Date.UTC(y, m - 1, d))
  return `${date.toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' })} ${d}`
}

/** "Monday 7 December" for the heading. */
export function longDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })
}
