import { describe, expect, it } from 'vitest'
import { CHART_COLORS, loadChartOption, wellnessChartOption } from '../src/charts/options'
import { createFormatter } from '../src/format'
import { lastKnown, summarizeWeeks } from '../src/timeline'
import { timeline } from './fixtures'

const fmt = createFormatter('en-GB', 'Europe/London')

describe('weekly summaries', () => {
  it('groups the days by ISO week', () => {
    const t = timeline(14) // 2026-11-09 (Monday) to 2026-11-22 (Sunday)
    const weeks = summarizeWeeks(t.days)
    expect(weeks.map((w) => w.week)).toEqual(['2026-W46', '2026-W47'])
    expect(weeks[0]).toMatchObject({ from: '2026-11-09', to: '2026-11-15', days: 7 })
    const expectedLoad = t.days.slice(0, 7).reduce((s, d) => s + d.load, 0)
    expect(weeks[0].load).toBe(expectedLoad)
    expect(weeks[0].sessions).toBe(t.days.slice(0, 7).filter((d) => d.sessions > 0).length)
    expect(weeks[1].acwr).toBeCloseTo(1.13)
    // sleep on the even days only
    expect(weeks[0].avgSleepHours).toBeCloseTo((7 + 7.2 + 7.4 + 7.6) / 4)
    expect(weeks[0].avgRestingHr).toBe(48)
  })

  it('finds the last day with a value', () => {
    const t = timeline(14)
    expect(lastKnown(t.days, 'sleepHours')?.date).toBe('2026-11-21')
    expect(lastKnown(t.days.slice(0, 2), 'acwr')).toBeNull()
  })
})

describe('chart options', () => {
  it('draws daily load with acute and chronic load, and the ACWR with its band', () => {
    const option = loadChartOption(timeline(14), 'load', fmt, '2026-W47')
    const series = option.series as Array<Record<string, unknown>>
    expect(series.map((s) => s.name)).toEqual(['Daily load', 'Acute load (7 days)', 'Chronic load (28 days)', 'ACWR'])
    const acwr = series[3]
    expect((acwr.markArea as { data: unknown }).data).toEqual([[{ yAxis: 0.8 }, { yAxis: 1.3 }]])
    expect((acwr.data as unknown[]).slice(0, 3)).toEqual([null, null, null])
    expect((series[2].lineStyle as { type: string }).type).toBe('dashed')
    expect((series[0].markArea as { data: unknown }).data).toEqual([[{ xAxis: '2026-11-16' }, { xAxis: '2026-11-22' }]])
    expect(option.animation).toBe(false)
  })

  it('switches to fitness, fatigue and form', () => {
    const series = loadChartOption(timeline(14), 'form', fmt, null).series as Array<{ name: string; markArea?: unknown }>
    expect(series.map((s) => s.name)).toEqual(['Form (TSB)', 'Fitness (CTL)', 'Fatigue (ATL)', 'ACWR'])
    expect(series[0].markArea).toBeUndefined()
  })

  it('draws sleep against its band and morning readings against their baselines, with gaps kept', () => {
    const option = wellnessChartOption(timeline(14), fmt)
    const series = option.series as Array<Record<string, unknown>>
    expect(series.map((s) => s.name)).toEqual(['Sleep', 'Resting HR', 'Resting HR baseline', 'HRV', 'HRV baseline'])
    expect((series[0].markArea as { data: unknown }).data).toEqual([[{ yAxis: 7 }, { yAxis: 9 }]])
    expect((series[0].data as unknown[])[1]).toBeNull()
    expect((series[2].lineStyle as { type: string; color: string })).toMatchObject({ type: 'dashed', color: CHART_COLORS.restingHr })
    expect((option.grid as unknown[]).length).toBe(3)
  })
})
