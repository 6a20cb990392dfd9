import { describe, expect, it } from 'vitest'
import {
  addDays, addWeeks, compareWeeks, currentWeek, daysOfWeek, formatWeek, isValidWeek, mondayOf, nextWeek, parseDate,
  parseWeek, previousWeek, sundayOf, todayIn, weekJustEnded, weekOfDate, weeksInYear,
} from '../src/isoWeek'

const w = (text: string) => formatWeek(parseWeek(text)!)

describe('parse and format', () => {
  it('reads and writes ISO weeks', () => {
    expect(parseWeek('2026-W47')).toEqual({ year: 2026, week: 47 })
    expect(formatWeek({ year: 2026, week: 5 })).toBe('2026-W05')
    expect(w('2026-W01')).toBe('2026-W01')
  })

  it('refuses what is not a week of that year', () => {
    expect(parseWeek('2026-W00')).toBeNull()
    expect(parseWeek('2026-W54')).toBeNull()
    expect(parseWeek('2027-W53')).toBeNull() // 2027 has 52 weeks
    expect(parseWeek('2026-W53')).not.toBeNull()
    expect(parseWeek('2020-W53')).not.toBeNull()
    expect(parseWeek('2026W47')).toBeNull()
    expect(parseWeek('2026-47')).toBeNull()
    expect(parseWeek('')).toBeNull()
    expect(parseWeek(null)).toBeNull()
    expect(isValidWeek('2026-W47')).toBe(true)
  })

  it('knows the 53-week years', () => {
    expect(weeksInYear(2026)).toBe(53) // starts on a Thursday
    expect(weeksInYear(2020)).toBe(53) // leap year starting on a Wednesday
    expect(weeksInYear(2015)).toBe(53)
    expect(weeksInYear(2032)).toBe(53)
    expect(weeksInYear(2021)).toBe(52)
    expect(weeksInYear(2025)).toBe(52)
    expect(weeksInYear(2027)).toBe(52)
  })
})

describe('dates and weeks', () => {
  it('finds the week of a date, across year boundaries', () => {
    expect(formatWeek(weekOfDate('2026-11-23'))).toBe('2026-W48')
    expect(formatWeek(weekOfDate('2026-11-22'))).toBe('2026-W47')
    expect(formatWeek(weekOfDate('2026-12-31'))).toBe('2026-W53')
    expect(formatWeek(weekOfDate('2027-01-01'))).toBe('2026-W53')
    expect(formatWeek(weekOfDate('2027-01-03'))).toBe('2026-W53')
    expect(formatWeek(weekOfDate('2027-01-04'))).toBe('2027-W01')
    expect(formatWeek(weekOfDate('2021-01-03'))).toBe('2020-W53')
    expect(formatWeek(weekOfDate('2021-01-04'))).toBe('2021-W01')
    expect(formatWeek(weekOfDate('2024-12-30'))).toBe('2025-W01') // a Monday in December in week 1
    expect(formatWeek(weekOfDate('2026-01-01'))).toBe('2026-W01')
  })

  it('finds the Monday and Sunday of a week', () => {
    expect(mondayOf('2026-W47')).toBe('2026-11-16')
    expect(sundayOf('2026-W47')).toBe('2026-11-22')
    expect(mondayOf('2026-W01')).toBe('2025-12-29')
    expect(mondayOf('2026-W53')).toBe('2026-12-28')
    expect(sundayOf('2026-W53')).toBe('2027-01-03')
    expect(mondayOf('2027-W01')).toBe('2027-01-04')
    expect(mondayOf('2020-W53')).toBe('2020-12-28')
    expect(mondayOf('2021-W01')).toBe('2021-01-04')
    expect(daysOfWeek('2026-W47')).toEqual(['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22'])
  })

  it('steps to the previous and next week over a 53-week year', () => {
    expect(formatWeek(nextWeek('2026-W52'))).toBe('2026-W53')
    expect(formatWeek(nextWeek('2026-W53'))).toBe('2027-W01')
    expect(formatWeek(previousWeek('2027-W01'))).toBe('2026-W53')
    expect(formatWeek(nextWeek('2020-W53'))).toBe('2021-W01')
    expect(formatWeek(previousWeek('2021-W01'))).toBe('2020-W53')
    expect(formatWeek(nextWeek('2025-W52'))).toBe('2026-W01')
    expect(formatWeek(previousWeek('2026-W01'))).toBe('2025-W52')
    expect(formatWeek(addWeeks('2026-W47', -8))).toBe('2026-W39')
    expect(formatWeek(addWeeks('2026-W50', 5))).toBe('2027-W02')
  })

  it('compares weeks', () => {
    expect(compareWeeks('2026-W53', '2027-W01')).toBeLessThan(0)
    expect(compareWeeks('2027-W01', '2026-W53')).toBeGreaterThan(0)
    expect(compareWeeks('2026-W47', '2026-W47')).toBe(0)
  })

  it('checks calendar dates', () => {
    expect(parseDate('2026-02-30')).toBeNull()
    expect(parseDate('2024-02-29')).not.toBeNull()
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29')
  })
})

describe('today in a time zone', () => {
  // 23:30 UTC on Sunday 22 November 2026 is already Monday in Berlin and still Sunday in New York
  const instant = new Date(Date.UTC(2026, 10, 22, 23, 30))

  it('uses the club zone for the date', () => {
    expect(todayIn('Europe/Berlin', instant)).toBe('2026-11-23')
    expect(todayIn('America/New_York', instant)).toBe('2026-11-22')
    expect(todayIn('UTC', instant)).toBe('2026-11-22')
  })

  it('finds the current week and the week just ended in that zone', () => {
    expect(formatWeek(currentWeek('Europe/Berlin', instant))).toBe('2026-W48')
    expect(formatWeek(weekJustEnded('Europe/Berlin', instant))).toBe('2026-W47')
    expect(formatWeek(weekJustEnded('America/New_York', instant))).toBe('2026-W46')
  })

  it('falls back to the browser zone for an unknown zone', () => {
    expect(todayIn('Not/AZone', instant)).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})
