import { describe, expect, it } from 'vitest'
import type { LevelRules, RuleSettings } from '../src/api/types'
import { cloneSettings, parseKeywords, RULE_GROUPS, validateRuleSettings } from '../src/ruleSettings'

function level(maxSpeedDays: number, longRun: number): LevelRules {
  return {
    hardSessions: { longRunMinutes: longRun, longRunLoad: 600 },
    bufferDay: { enabled: true },
    speedDays: { enabled: true, maxPerWeek: maxSpeedDays },
    newIntensity: { enabled: true, minNewTypes: 2, quietWeeks: 3 },
    acwrSpike: { enabled: true, maxEwmaAcwr: 1.5 },
    singleRunSpike: { enabled: true, maxIncrease: 0.3 },
    noEasyDay: { enabled: true },
    afterLongRun: { enabled: true },
    warmUp: { enabled: true, minMinutes: 15 },
    strength: { enabled: true, minPerWeek: 2 },
    sleep: { enabled: true, amberBelowHours: 7, redBelowHours: 6, minNights: 3 },
    refuel: { enabled: true, maxMinutesAfter: 60, minCarbsGrams: 30, minProteinGrams: 20 },
    pain: { enabled: true, minPainScore: 4, keywords: ['achilles', 'sharp'] },
    burnout: { enabled: true, minSigns: 2, minDays: 3, highFatigue: 5, poorSleepHours: 6, poorSleepQuality: 5, lowMood: 5, highStress: 5, restingHrSdAbove: 1, hrvSdBelow: 1 },
    monotony: { enabled: true, maxMonotony: 2, strainFactor: 1 },
  }
}

const DEFAULTS: RuleSettings = { maxImplicitRestDays: 3, beginner: level(1, 75), intermediate: level(2, 90), advanced: level(3, 120) }

describe('rule settings', () => {
  it('accepts the defaults', () => {
    expect(validateRuleSettings(DEFAULTS)).toEqual([])
  })

  it('describes every field of the settings document', () => {
    const described = new Set(RULE_GROUPS.map((g) => g.key))
    expect([...described].sort()).toEqual(Object.keys(DEFAULTS.beginner).sort())
    for (const g of RULE_GROUPS) {
      const values = DEFAULTS.beginner[g.key] as unknown as Record<string, unknown>
      const keys = Object.keys(values).filter((k) => k !== 'enabled')
      expect(g.fields.map((f) => f.key).sort()).toEqual(keys.sort())
      expect(g.switchable).toBe('enabled' in values)
      for (const f of g.fields) expect(f.help.length).toBeGreaterThan(5)
    }
  })

  it('names the level, rule and field of each value out of range', () => {
    const s = cloneSettings(DEFAULTS)
    s.intermediate.speedDays.maxPerWeek = 8
    s.beginner.burnout.minSigns = 0
    s.advanced.acwrSpike.maxEwmaAcwr = 0
    s.maxImplicitRestDays = 7
    const errors = validateRuleSettings(s)
    expect(errors.map((e) => e.path)).toEqual([
      'maxImplicitRestDays',
      'beginner.burnout.minSigns',
      'intermediate.speedDays.maxPerWeek',
      'advanced.acwrSpike.maxEwmaAcwr',
    ])
    expect(errors[2].message).toBe('At most: must be at most 7')
    expect(errors[3].message).toBe('Above: must be more than 0')
  })

  it('wants whole numbers where the API does and a number everywhere', () => {
    const s = cloneSettings(DEFAULTS)
    s.beginner.strength.minPerWeek = 1.5
    s.beginner.warmUp.minMinutes = Number.NaN
    expect(validateRuleSettings(s).map((e) => e.message)).toEqual(['At least: enter a number', 'At least: enter a whole number'])
  })

  it('keeps the red sleep threshold at or below the amber one', () => {
    const s = cloneSettings(DEFAULTS)
    s.advanced.sleep.redBelowHours = 7.5
    expect(validateRuleSettings(s)).toEqual([{ path: 'advanced.sleep.redBelowHours', message: 'Red under: must not be above the amber threshold' }])
  })

  it('reads keywords as the API keeps them', () => {
    expect(parseKeywords('Achilles, knee ,, sharp\nheel')).toEqual(['achilles', 'knee', 'sharp', 'heel'])
  })

  it('copies a document without sharing its objects', () => {
    const copy = cloneSettings(DEFAULTS)
    copy.beginner.pain.keywords.push('hip')
    expect(DEFAULTS.beginner.pain.keywords).toEqual(['achilles', 'sharp'])
  })
})
