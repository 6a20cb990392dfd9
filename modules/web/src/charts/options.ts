/**
 * ECharts options for the athlete page, built as plain objects so they can be tested without ECharts (which is
 * loaded on demand by ./echarts.ts). Lines are told apart by dash pattern as well as colour.
 */
import type { Timeline, TimelineDay } from '../api/types'
import type { Formatter } from '../format'
import { mondayOf, sundayOf } from '../isoWeek'

export type ChartOption = Record<string, unknown>
export type LoadView = 'load' | 'form'

export const CHART_COLORS = {
  load: '#7aa6e0',
  acute: '#0a3069',
  chronic: '#bc4c00',
  ctl: '#0550ae',
  atl: '#bc4c00',
  tsb: '#6e7781',
  acwr: '#0a3069',
  band: 'rgba(26, 127, 55, 0.13)',
  bandLabel: '#116329',
  selected: 'rgba(9, 105, 218, 0.08)',
  sleep: '#7aa6e0',
  restingHr: '#8250df',
  hrv: '#116329',
  axis: '#57606a',
  split: '#eaeef2',
}

const TEXT = { color: CHART_COLORS.axis, fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', fontSize: 12 }

function values(days: readonly TimelineDay[], pick: (d: TimelineDay) => number | null | undefined): (number | null)[] {
  return days.map((d) => {
    const v = pick(d)
    return typeof v === 'number' && Number.isFinite(v) ? v : null
  })
}

function xAxes(dates: string[], gridCount: number, fmt: Formatter): ChartOption[] {
  return Array.from({ length: gridCount }, (_, i) => ({
    type: 'category',
    gridIndex: i,
    data: dates,
    boundaryGap: true,
    axisTick: { alignWithLabel: true },
    axisLine: { lineStyle: { color: '#8c959f' } },
    axisLabel: {
      show: i === gridCount - 1,
      ...TEXT,
      hideOverlap: true,
      formatter: (value: string) => fmt.dayMonth(value),
    },
  }))
}

function grids(heights: number[], top: number): ChartOption[] {
  // heights in pixels, stacked from the top with a gap for each grid's axis name
  const out: ChartOption[] = []
  let at = top
  for (const h of heights) {
    out.push({ left: 52, right: 16, top: at, height: h, containLabel: false })
    at += h + 34
  }
  return out
}

function tooltip(fmt: Formatter): ChartOption {
  return {
    trigger: 'axis',
    axisPointer: { type: 'line' },
    confine: true,
    textStyle: { fontSize: 12 },
    valueFormatter: (v: unknown) => (typeof v === 'number' ? fmt.number(v, 2) : '—'),
  }
}

function selectedWeekArea(selectedWeek: string | null | undefined, dates: string[]): ChartOption | undefined {
  if (!selectedWeek) return undefined
  let from: string
  let to: string
  try {
    from = mondayOf(selectedWeek)
    to = sundayOf(selectedWeek)
  } catch {
    return undefined
  }
  if (dates.length === 0 || to < dates[0] || from > dates[dates.length - 1]) return undefined
  const first = dates.find((d) => d >= from) ?? dates[0]
  const last = [...dates].reverse().find((d) => d <= to) ?? dates[dates.length - 1]
  return {
    silent: true,
    itemStyle: { color: CHART_COLORS.selected },
    label: { show: false },
    data: [[{ xAxis: first }, { xAxis: last }]],
  }
}

/** Daily load (bars) with acute and chronic load, or CTL/ATL/TSB; and the ACWR with its band shaded. */
/** Room above the first grid for the legend: two lines of it on a narrow screen. */
export function legendRoom(narrow: boolean): number {
  return narrow ? 70 : 50
}

export function loadChartOption(t: Timeline, view: LoadView, fmt: Formatter, selectedWeek?: string | null, narrow = false): ChartOption {
  const dates = t.days.map((d) => d.date)
  const band = t.acwrBand
  const top: ChartOption[] = view === 'load'
    ? [
      {
        name: 'Daily load', type: 'bar', xAxisIndex: 0, yAxisIndex: 0, data: values(t.days, (d) => d.load),
        itemStyle: { color: CHART_COLORS.load }, barMaxWidth: 10, markArea: selectedWeekArea(selectedWeek, dates),
      },
      {
        name: 'Acute load (7 days)', type: 'line', xAxisIndex: 0, yAxisIndex: 0, data: values(t.days, (d) => d.acuteLoad),
        showSymbol: false, connectNulls: false, lineStyle: { color: CHART_COLORS.acute, width: 2, type: 'solid' },
        itemStyle: { color: CHART_COLORS.acute },
      },
      {
        name: 'Chronic load (28 days)', type: 'line', xAxisIndex: 0, yAxisIndex: 0, data: values(t.days, (d) => d.chronicLoad),
        showSymbol: false, connectNulls: false, lineStyle: { color: CHART_COLORS.chronic, width: 2, type: 'dashed' },
        itemStyle: { color: CHART_COLORS.chronic },
      },
    ]
    : [
      {
        name: 'Form (TSB)', type: 'bar', xAxisIndex: 0, yAxisIndex: 0, data: values(t.days, (d) => d.tsb),
        itemStyle: { color: CHART_COLORS.tsb, opacity: 0.55 }, barMaxWidth: 10, markArea: selectedWeekArea(selectedWeek, dates),
      },
      {
        name: 'Fitness (CTL)', type: 'line', xAxisIndex: 0, yAxisIndex: 0, data: values(t.days, (d) => d.ctl),
        showSymbol: false, lineStyle: { color: CHART_COLORS.ctl, width: 2, type: 'solid' }, itemStyle: { color: CHART_COLORS.ctl },
      },
      {
        name: 'Fatigue (ATL)', type: 'line', xAxisIndex: 0, yAxisIndex: 0, data: values(t.days, (d) => d.atl),
        showSymbol: false, lineStyle: { color: CHART_COLORS.atl, width: 2, type: 'dashed' }, itemStyle: { color: CHART_COLORS.atl },
      },
    ]
  const acwr: ChartOption = {
    name: 'ACWR', type: 'line', xAxisIndex: 1, yAxisIndex: 1, data: values(t.days, (d) => d.acwr),
    showSymbol: false, connectNulls: false, lineStyle: { color: CHART_COLORS.acwr, width: 2 }, itemStyle: { color: CHART_COLORS.acwr },
    markArea: {
      silent: true,
      itemStyle: { color: CHART_COLORS.band },
      label: { show: true, position: 'insideTopRight', color: CHART_COLORS.bandLabel, fontSize: 11, formatter: `${fmt.number(band.low, 2)}–${fmt.number(band.high, 2)}` },
      data: [[{ yAxis: band.low }, { yAxis: band.high }]],
    },
  }
  return {
    animation: false,
    textStyle: TEXT,
    color: [CHART_COLORS.load, CHART_COLORS.acute, CHART_COLORS.chronic, CHART_COLORS.acwr],
    legend: { top: 0, left: 0, textStyle: TEXT, itemGap: 14 },
    tooltip: tooltip(fmt),
    axisPointer: { link: [{ xAxisIndex: 'all' }] },
    grid: grids([190, 90], legendRoom(narrow)),
    xAxis: xAxes(dates, 2, fmt),
    yAxis: [
      { type: 'value', gridIndex: 0, name: view === 'load' ? 'Load (AU)' : 'AU', nameTextStyle: TEXT, axisLabel: TEXT, splitLine: { lineStyle: { color: CHART_COLORS.split } } },
      { type: 'value', gridIndex: 1, name: 'ACWR', min: 0, max: (v: { max: number }) => Math.max(2, Math.ceil(v.max * 2) / 2), nameTextStyle: TEXT, axisLabel: TEXT, splitLine: { lineStyle: { color: CHART_COLORS.split } } },
    ],
    series: [...top, acwr],
  }
}

/** Sleep against its band, resting HR and HRV against their baselines. */
export function wellnessChartOption(t: Timeline, fmt: Formatter, selectedWeek?: string | null, narrow = false): ChartOption {
  const dates = t.days.map((d) => d.date)
  const band = t.sleepBand
  return {
    animation: false,
    textStyle: TEXT,
    legend: { top: 0, left: 0, textStyle: TEXT, itemGap: 14 },
    tooltip: tooltip(fmt),
    axisPointer: { link: [{ xAxisIndex: 'all' }] },
    grid: grids([110, 90, 90], legendRoom(narrow)),
    xAxis: xAxes(dates, 3, fmt),
    yAxis: [
      { type: 'value', gridIndex: 0, name: 'Sleep (h)', min: 0, max: (v: { max: number }) => Math.max(10, Math.ceil(v.max)), nameTextStyle: TEXT, axisLabel: TEXT, splitLine: { lineStyle: { color: CHART_COLORS.split } } },
      { type: 'value', gridIndex: 1, name: 'Resting HR (bpm)', scale: true, nameTextStyle: TEXT, axisLabel: TEXT, splitLine: { lineStyle: { color: CHART_COLORS.split } } },
      { type: 'value', gridIndex: 2, name: 'HRV (ms)', scale: true, nameTextStyle: TEXT, axisLabel: TEXT, splitLine: { lineStyle: { color: CHART_COLORS.split } } },
    ],
    series: [
      {
        name: 'Sleep', type: 'bar', xAxisIndex: 0, yAxisIndex: 0, data: values(t.days, (d) => d.sleepHours), barMaxWidth: 10,
        itemStyle: { color: CHART_COLORS.sleep },
        markArea: {
          silent: true,
          itemStyle: { color: CHART_COLORS.band },
          label: { show: true, position: 'insideTopRight', color: CHART_COLORS.bandLabel, fontSize: 11, formatter: `${fmt.number(band.low, 1)}–${fmt.number(band.high, 1)} h` },
          data: [[{ yAxis: band.low }, { yAxis: band.high }]],
        },
      },
      {
        name: 'Resting HR', type: 'line', xAxisIndex: 1, yAxisIndex: 1, data: values(t.days, (d) => d.restingHr),
        showSymbol: true, symbolSize: 4, connectNulls: false, lineStyle: { color: CHART_COLORS.restingHr, width: 2 }, itemStyle: { color: CHART_COLORS.restingHr },
        markArea: selectedWeekArea(selectedWeek, dates),
      },
      {
        name: 'Resting HR baseline', type: 'line', xAxisIndex: 1, yAxisIndex: 1, data: values(t.days, (d) => d.restingHrBaseline),
        showSymbol: false, lineStyle: { color: CHART_COLORS.restingHr, width: 1.5, type: 'dashed', opacity: 0.8 }, itemStyle: { color: CHART_COLORS.restingHr },
      },
      {
        name: 'HRV', type: 'line', xAxisIndex: 2, yAxisIndex: 2, data: values(t.days, (d) => d.hrvMs),
        showSymbol: true, symbolSize: 4, connectNulls: false, lineStyle: { color: CHART_COLORS.hrv, width: 2 }, itemStyle: { color: CHART_COLORS.hrv },
      },
      {
        name: 'HRV baseline', type: 'line', xAxisIndex: 2, yAxisIndex: 2, data: values(t.days, (d) => d.hrvBaseline),
        showSymbol: false, lineStyle: { color: CHART_COLORS.hrv, width: 1.5, type: 'dashed', opacity: 0.8 }, itemStyle: { color: CHART_COLORS.hrv },
      },
    ],
  }
}

/** Pixel height each chart needs for its grids, legend and axis labels. */
export const loadChartHeight = (narrow = false) => legendRoom(narrow) + 190 + 34 + 90 + 40
export const wellnessChartHeight = (narrow = false) => legendRoom(narrow) + 110 + 34 + 90 + 34 + 90 + 40
