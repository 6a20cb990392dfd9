import type { SquadAthlete, SquadWeek, Timeline, TimelineDay } from '../src/api/types'

export function athlete(over: Partial<SquadAthlete> & { athleteId: number; name: string }): SquadAthlete {
  return {
    memberId: `RH-${String(over.athleteId).padStart(3, '0')}`,
    level: 'intermediate',
    score: 80,
    status: 'green',
    provisional: false,
    mainReason: null,
    findings: 0,
    weeklyLoad: 2000,
    loadHistory: Array.from({ length: 8 }, (_, i) => ({ week: `2026-W${String(40 + i).padStart(2, '0')}`, load: 1800 + i * 30 })),
    acwr: 1.05,
    avgSleepHours: 7.6,
    coverageDays: 7,
    previousScore: 78,
    scoreChange: 2,
    ...over,
  }
}

export const SQUAD: SquadAthlete[] = [
  athlete({ athleteId: 1, name: 'Ada Okafor', level: 'advanced', score: 31, status: 'red', mainReason: 'Sharp Achilles pain reported on Tuesday', findings: 2, previousScore: 70, scoreChange: -39 }),
  athlete({ athleteId: 2, name: 'José Álvarez', score: 44, status: 'red', mainReason: 'Sleep averaged 5.6 h', findings: 1, acwr: 1.62 }),
  athlete({ athleteId: 3, name: 'Maya Lindqvist', level: 'beginner', score: 66, status: 'amber', mainReason: 'Three speed days', findings: 1, weeklyLoad: 2600 }),
  athlete({ athleteId: 4, name: 'Tom Baker', score: 92, status: 'green', previousScore: null, scoreChange: null, acwr: null }),
  athlete({ athleteId: 5, name: 'Li Wei', level: 'beginner', score: null, status: null, findings: 0, weeklyLoad: null, acwr: null, avgSleepHours: null, coverageDays: 0, previousScore: null, scoreChange: null }),
]

export function squadWeek(over: Partial<SquadWeek> = {}): SquadWeek {
  return {
    clubId: 50,
    week: '2026-W47',
    previousWeek: '2026-W46',
    nextWeek: '2026-W48',
    formulaVersion: '2026.1',
    counts: { athletes: 5, scored: 4, red: 2, amber: 1, green: 1, unscored: 1 },
    athletes: SQUAD,
    ...over,
  }
}

export function timeline(days = 14): Timeline {
  const list: TimelineDay[] = Array.from({ length: days }, (_, i) => {
    const date = new Date(Date.UTC(2026, 10, 9 + i)).toISOString().slice(0, 10)
    return {
      date,
      load: i % 3 === 0 ? 0 : 300 + i * 10,
      sessions: i % 3 === 0 ? 0 : 1,
      acuteLoad: 250 + i,
      chronicLoad: 230,
      acwr: i < 3 ? null : 1 + i / 100,
      ctl: 50 + i,
      atl: 55 + i,
      tsb: -5,
      sleepHours: i % 2 === 0 ? 7 + i / 10 : null,
      restingHr: 48,
      restingHrBaseline: 47.5,
      hrvMs: 70,
      hrvBaseline: 68,
    }
  })
  return { athleteId: 1, from: list[0].date, to: list[list.length - 1].date, acwrBand: { low: 0.8, high: 1.3 }, sleepBand: { low: 7, high: 9 }, days: list }
}
