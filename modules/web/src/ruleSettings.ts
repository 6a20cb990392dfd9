/**
 * What each coaching-rule setting means and the range the API accepts (recovery.engine.LevelRules and
 * docs/scoring.md, section 4), to show beside each input and to check a document before it is sent back whole.
 */
import type { Level, LevelRules, RuleSettings } from './api/types'

export type FieldKind = 'int' | 'number' | 'keywords'

export interface SettingField {
  key: string
  label: string
  kind: FieldKind
  /** Smallest accepted value; with exclusiveMin the value must be strictly greater. */
  min?: number
  exclusiveMin?: boolean
  max?: number
  step?: number
  unit?: string
  help: string
}

export interface RuleGroup {
  key: keyof LevelRules
  /** The rule id of findings, when the group is a rule. */
  ruleId?: string
  title: string
  severity?: string
  meaning: string
  /** Whether the group has an on/off switch. */
  switchable: boolean
  fields: SettingField[]
}

const positive = { min: 0, exclusiveMin: true }
const hooper = { kind: 'int' as const, min: 1, max: 7, step: 1 }

export const RULE_GROUPS: RuleGroup[] = [
  {
    key: 'hardSessions', title: 'What makes a long run hard', switchable: false,
    meaning: 'Tempo, intervals, hills, race pace and races are always hard; a long run is hard from this duration or this load.',
    fields: [
      { key: 'longRunMinutes', label: 'Long run hard from', kind: 'number', ...positive, step: 5, unit: 'min', help: 'Moving minutes; more than 0. Defaults 75 / 90 / 120.' },
      { key: 'longRunLoad', label: 'or from a load of', kind: 'number', ...positive, step: 10, unit: 'AU', help: 'Session load (RPE × minutes); more than 0. Default 600.' },
    ],
  },
  {
    key: 'pain', ruleId: 'pain', title: 'Pain', severity: 'Red', switchable: true,
    meaning: 'A session with the pain flag, a pain score from the threshold, or a location or note naming one of the keywords (tendons, joints, bones, words like "sharp"). Muscle soreness alone never fires it.',
    fields: [
      { key: 'minPainScore', label: 'Pain score from', kind: 'int', min: 1, max: 10, step: 1, unit: '/10', help: '1 to 10. Default 4.' },
      { key: 'keywords', label: 'Keywords', kind: 'keywords', help: 'Comma-separated; matched ignoring case inside the pain location or note.' },
    ],
  },
  {
    key: 'burnout', ruleId: 'burnout', title: 'Burnout signs', severity: 'Red', switchable: true,
    meaning: 'Red when at least the given number of signs show on at least the given number of days: high fatigue; poor sleep (hours or quality); low mood or high stress; resting HR above, or HRV below, the 60-day baseline.',
    fields: [
      { key: 'minSigns', label: 'Signs per day', kind: 'int', min: 1, max: 4, step: 1, help: '1 to 4. Default 2.' },
      { key: 'minDays', label: 'Days in the week', kind: 'int', min: 1, max: 7, step: 1, help: '1 to 7. Default 3.' },
      { key: 'highFatigue', label: 'High fatigue from', ...hooper, help: 'Hooper scale 1–7, 7 worst. Default 5.' },
      { key: 'poorSleepHours', label: 'Poor sleep under', kind: 'number', min: 0, max: 24, step: 0.5, unit: 'h', help: 'Hours. Default 6.' },
      { key: 'poorSleepQuality', label: 'Poor sleep quality from', ...hooper, help: 'Hooper scale 1–7, 7 worst. Default 5.' },
      { key: 'lowMood', label: 'Low mood from', ...hooper, help: 'Hooper scale 1–7, 7 worst. Default 5.' },
      { key: 'highStress', label: 'High stress from', ...hooper, help: 'Hooper scale 1–7, 7 worst. Default 5.' },
      { key: 'restingHrSdAbove', label: 'Resting HR above baseline by', kind: 'number', ...positive, step: 0.1, unit: 'SD', help: 'Standard deviations; more than 0. Default 1.' },
      { key: 'hrvSdBelow', label: 'HRV below baseline by', kind: 'number', ...positive, step: 0.1, unit: 'SD', help: 'Standard deviations; more than 0. Default 1.' },
    ],
  },
  {
    key: 'sleep', ruleId: 'sleep', title: 'Sleep', severity: 'Amber / Red', switchable: true,
    meaning: 'Average sleep over the week\'s recorded nights: under the amber threshold is amber, under the red one red.',
    fields: [
      { key: 'amberBelowHours', label: 'Amber under', kind: 'number', ...positive, max: 24, step: 0.5, unit: 'h', help: 'Red ≤ amber ≤ 24 hours. Default 7.' },
      { key: 'redBelowHours', label: 'Red under', kind: 'number', ...positive, max: 24, step: 0.5, unit: 'h', help: 'More than 0 and not above amber. Default 6.' },
      { key: 'minNights', label: 'Nights needed', kind: 'int', min: 1, max: 7, step: 1, help: '1 to 7 recorded nights. Default 3.' },
    ],
  },
  {
    key: 'bufferDay', ruleId: 'buffer-day', title: 'Buffer day after a hard day', severity: 'Amber', switchable: true,
    meaning: 'A hard day must be followed by an easy, rest, cross-training or strength day.', fields: [],
  },
  {
    key: 'speedDays', ruleId: 'speed-days', title: 'Speed days per week', severity: 'Amber', switchable: true,
    meaning: 'Days with tempo, intervals, hills, race pace or a race allowed in a week.',
    fields: [{ key: 'maxPerWeek', label: 'At most', kind: 'int', min: 0, max: 7, step: 1, unit: 'days', help: '0 to 7. Defaults 1 / 2 / 3.' }],
  },
  {
    key: 'newIntensity', ruleId: 'new-intensity', title: 'New intensity', severity: 'Amber', switchable: true,
    meaning: 'Several kinds of speed work in one week after weeks without any.',
    fields: [
      { key: 'minNewTypes', label: 'Speed-work types from', kind: 'int', min: 1, max: 5, step: 1, help: '1 to 5. Default 2.' },
      { key: 'quietWeeks', label: 'after quiet weeks', kind: 'int', min: 1, max: 8, step: 1, unit: 'weeks', help: '1 to 8. Default 3.' },
    ],
  },
  {
    key: 'acwrSpike', ruleId: 'acwr-spike', title: 'ACWR spike', severity: 'Amber', switchable: true,
    meaning: 'EWMA acute:chronic workload ratio above the threshold. Weak and disputed evidence: a prompt to look at the week, never a risk estimate.',
    fields: [{ key: 'maxEwmaAcwr', label: 'Above', kind: 'number', ...positive, step: 0.05, help: 'A ratio; more than 0. Default 1.5.' }],
  },
  {
    key: 'singleRunSpike', ruleId: 'single-run-spike', title: 'Single-run spike', severity: 'Amber', switchable: true,
    meaning: 'A run longer than the longest of the previous 30 days by more than this share.',
    fields: [{ key: 'maxIncrease', label: 'Longer by more than', kind: 'number', ...positive, step: 0.05, help: 'A share: 0.30 is 30 %; more than 0. Default 0.30.' }],
  },
  {
    key: 'noEasyDay', ruleId: 'no-easy-day', title: 'No easy day', severity: 'Amber', switchable: true,
    meaning: 'A complete week needs at least one easy or rest day.', fields: [],
  },
  {
    key: 'afterLongRun', ruleId: 'after-long-run', title: 'Day after the long run', severity: 'Amber', switchable: true,
    meaning: 'The day after a weekend long run must be easy or off.', fields: [],
  },
  {
    key: 'monotony', ruleId: 'monotony', title: 'Monotony', severity: 'Amber', switchable: true,
    meaning: 'Monotony (mean ÷ SD of the daily loads) above the threshold with strain above a multiple of the athlete\'s usual strain.',
    fields: [
      { key: 'maxMonotony', label: 'Monotony above', kind: 'number', ...positive, step: 0.1, help: 'More than 0. Default 2.0.' },
      { key: 'strainFactor', label: 'Strain above usual ×', kind: 'number', ...positive, step: 0.1, help: 'More than 0. Default 1.0.' },
    ],
  },
  {
    key: 'warmUp', ruleId: 'warm-up', title: 'Warm-up', severity: 'Advice', switchable: true,
    meaning: 'Speed sessions need a recorded warm-up of at least this long.',
    fields: [{ key: 'minMinutes', label: 'At least', kind: 'number', ...positive, step: 1, unit: 'min', help: 'More than 0. Default 15.' }],
  },
  {
    key: 'strength', ruleId: 'strength', title: 'Strength sessions', severity: 'Advice', switchable: true,
    meaning: 'Strength sessions wanted in a complete week.',
    fields: [{ key: 'minPerWeek', label: 'At least', kind: 'int', min: 0, max: 14, step: 1, unit: 'per week', help: '0 to 14. Default 2.' }],
  },
  {
    key: 'refuel', ruleId: 'refuel', title: 'Refuelling', severity: 'Advice', switchable: true,
    meaning: 'After a hard session: refuel within the time, with at least the carbohydrate and protein.',
    fields: [
      { key: 'maxMinutesAfter', label: 'Within', kind: 'number', ...positive, step: 5, unit: 'min', help: 'More than 0. Default 60.' },
      { key: 'minCarbsGrams', label: 'Carbohydrate at least', kind: 'number', min: 0, step: 5, unit: 'g', help: '0 or more. Default 30.' },
      { key: 'minProteinGrams', label: 'Protein at least', kind: 'number', min: 0, step: 5, unit: 'g', help: '0 or more. Default 20.' },
    ],
  },
]

export const LEVELS: Level[] = ['beginner', 'intermediate', 'advanced']

export const IMPLICIT_REST_FIELD: SettingField = {
  key: 'maxImplicitRestDays', label: 'Unlogged days that still count as rest', kind: 'int', min: 0, max: 6, step: 1,
  unit: 'days', help: '0 to 6. Default 3. Longer gaps are unknown, never rest.',
}

export interface SettingError {
  /** 'intermediate.speedDays.maxPerWeek' or 'maxImplicitRestDays' */
  path: string
  message: string
}

function checkField(field: SettingField, value: unknown, path: string, errors: SettingError[]): void {
  if (field.kind === 'keywords') {
    if (!Array.isArray(value)) errors.push({ path, message: 'give the keywords as a list' })
    return
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    errors.push({ path, message: `${field.label}: enter a number` })
    return
  }
  if (field.kind === 'int' && !Number.isInteger(value)) errors.push({ path, message: `${field.label}: enter a whole number` })
  if (field.min !== undefined && (field.exclusiveMin ? value <= field.min : value < field.min)) {
    errors.push({ path, message: `${field.label}: must be ${field.exclusiveMin ? 'more than' : 'at least'} ${field.min}` })
  }
  if (field.max !== undefined && value > field.max) errors.push({ path, message: `${field.label}: must be at most ${field.max}` })
}

/** Checks a settings document as the API would, naming the level, rule and field of each error. */
export function validateRuleSettings(settings: RuleSettings): SettingError[] {
  const errors: SettingError[] = []
  checkField(IMPLICIT_REST_FIELD, settings.maxImplicitRestDays, 'maxImplicitRestDays', errors)
  for (const level of LEVELS) {
    const rules = settings[level]
    for (const group of RULE_GROUPS) {
      const values = rules[group.key] as unknown as Record<string, unknown>
      for (const field of group.fields) {
        checkField(field, values[field.key], `${level}.${group.key}.${field.key}`, errors)
      }
    }
    const sleep = rules.sleep
    if (typeof sleep.redBelowHours === 'number' && typeof sleep.amberBelowHours === 'number'
      && sleep.redBelowHours > sleep.amberBelowHours) {
      errors.push({ path: `${level}.sleep.redBelowHours`, message: 'Red under: must not be above the amber threshold' })
    }
  }
  return errors
}

/** 'achilles, Knee ,, sharp' → ['achilles', 'knee', 'sharp'] */
export function parseKeywords(text: string): string[] {
  return text.split(/[,\n]/).map((k) => k.trim().toLowerCase()).filter(Boolean)
}

export function cloneSettings(settings: RuleSettings): RuleSettings {
  return JSON.parse(JSON.stringify(settings)) as RuleSettings
}
