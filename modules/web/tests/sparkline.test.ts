import { describe, expect, it } from 'vitest'
import { describeSeries, sparkline } from '../src/sparkline'

const opts = { width: 70, height: 20, padding: 0 }

describe('sparkline', () => {
  it('draws one line through known values, scaled from 0 to the largest', () => {
    const s = sparkline([0, 50, 100], opts)
    expect(s.path).toBe('M0 20 L35 10 L70 0')
    expect(s.dots).toEqual([])
    expect(s.last).toMatchObject({ index: 2, x: 70, y: 0, value: 100 })
  })

  it('breaks the line at a gap instead of drawing through it', () => {
    const s = sparkline([10, 20, null, 30, 40, null, null, 40], { width: 70, height: 40, padding: 0 })
    const parts = s.path.split('M').filter(Boolean)
    expect(parts).toHaveLength(2)
    expect(s.path).toBe('M0 30 L10 20 M30 10 L40 0')
    // the last value stands alone between gaps and the end: a dot
    expect(s.dots.map((d) => d.index)).toEqual([7])
    expect(s.points).toHaveLength(5)
    expect(s.last?.index).toBe(7)
  })

  it('draws an isolated value as a dot', () => {
    const s = sparkline([null, 5, null], opts)
    expect(s.path).toBe('')
    expect(s.dots).toHaveLength(1)
    expect(s.dots[0]).toMatchObject({ index: 1, x: 35 })
  })

  it('draws nothing without data', () => {
    const s = sparkline([null, undefined, null], opts)
    expect(s).toMatchObject({ path: '', dots: [], points: [], last: null })
  })

  it('draws a flat series along the middle', () => {
    const s = sparkline([0, 0, 0], opts)
    expect(s.path).toBe('M0 10 L35 10 L70 10')
  })

  it('keeps the padding free', () => {
    const s = sparkline([0, 100], { width: 24, height: 24, padding: 2 })
    expect(s.path).toBe('M2 22 L22 2')
  })

  it('scales negative values below zero', () => {
    const s = sparkline([-10, 10], { width: 10, height: 20, padding: 0 })
    expect(s.min).toBe(-10)
    expect(s.path).toBe('M0 20 L10 0')
  })

  it('describes the series in words', () => {
    const text = describeSeries([300, null, 420], (v) => String(v))
    expect(text).toBe('Weekly load over 3 weeks, from 300 to 420; 1 week without data.')
    expect(describeSeries([null, null], String)).toBe('Weekly load: no data in the last 2 weeks.')
  })
})
