/**
 * An SVG sparkline from a series with gaps: each run of known values is one sub-path ('M … L …'); a gap (null)
 * breaks the line, and a known value with gaps on both sides is drawn as a dot. The y scale runs from 0 (or the
 * smallest value, if negative) to the largest value; a flat series is drawn along the middle.
 */

export interface SparklineOptions {
  width: number
  height: number
  /** Space kept free around the line, so strokes and dots are not clipped. */
  padding?: number
}

export interface SparkPoint {
  index: number
  x: number
  y: number
  value: number
}

export interface Sparkline {
  /** The 'd' attribute of the line, '' when fewer than two adjacent values are known. */
  path: string
  /** Known values without a known neighbour: drawn as dots. */
  dots: SparkPoint[]
  /** Every known point. */
  points: SparkPoint[]
  /** The last known point (highlighted), or null. */
  last: SparkPoint | null
  min: number
  max: number
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}

function known(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v)
}

export function sparkline(values: ReadonlyArray<number | null | undefined>, options: SparklineOptions): Sparkline {
  const { width, height } = options
  const padding = options.padding ?? 2
  const present = values.filter(known)
  if (present.length === 0) return { path: '', dots: [], points: [], last: null, min: 0, max: 0 }

  const min = Math.min(0, ...present)
  const max = Math.max(...present)
  const span = max - min
  const innerW = Math.max(0, width - 2 * padding)
  const innerH = Math.max(0, height - 2 * padding)
  const step = values.length > 1 ? innerW / (values.length - 1) : 0

  const x = (i: number) => round(values.length > 1 ? padding + i * step : width / 2)
  const y = (v: number) => round(span === 0 ? padding + innerH / 2 : padding + innerH - ((v - min) / span) * innerH)

  const points: SparkPoint[] = []
  const segments: string[] = []
  const dots: SparkPoint[] = []
  let run: SparkPoint[] = []
  const close = () => {
    if (run.length === 1) dots.push(run[0])
    else if (run.length > 1) segments.push(run.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' '))
    run = []
  }
  values.forEach((v, i) => {
    if (!known(v)) {
      close()
      return
    }
    const p = { index: i, x: x(i), y: y(v), value: v }
    points.push(p)
    run.push(p)
  })
  close()
  return { path: segments.join(' '), dots, points, last: points[points.length - 1] ?? null, min, max }
}

/** A short text for screen readers: 'Weekly load over 8 weeks, from 310 to 420; 1 week without data.' */
export function describeSeries(values: ReadonlyArray<number | null | undefined>, format: (v: number) => string,
  what = 'Weekly load'): string {
  const present = values.filter(known)
  const missing = values.length - present.length
  if (present.length === 0) return `${what}: no data in the last ${values.length} weeks.`
  const first = present[0]
  const last = present[present.length - 1]
  const gaps = missing === 0 ? '' : `; ${missing} week${missing === 1 ? '' : 's'} without data`
  return `${what} over ${values.length} weeks, from ${format(first)} to ${format(last)}${gaps}.`
}
