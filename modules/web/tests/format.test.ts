import { describe, expect, it } from 'vitest'
import { createFormatter, humanize, MISSING, safeLocale } from '../src/format'

// Intl puts a narrow no-break space in some formats; compare with plain spaces
const plain = (s: string) => s.replace(/[\u00a0\u2009\u202f]/g, ' ')

describe('numbers', () => {
  const de = createFormatter('de-DE', 'Europe/Berlin')
  const gb = createFormatter('en-GB', 'Europe/London')

  it('use the club locale', () => {
    expect(gb.integer(12345.6)).toBe('12,346')
    expect(de.integer(12345.6)).toBe('12.346')
    expect(gb.decimal1(1234.56)).toBe('1,234.6')
    expect(de.decimal1(1234.56)).toBe('1.234,6')
    expect(gb.decimal1(7)).toBe('7.0')
    expect(de.decimal2(1.3)).toBe('1,30')
    expect(gb.number(1.456, 2)).toBe('1.46')
    expect(de.number(1.5, 2)).toBe('1,5')
  })

  it('sign changes with a real minus', () => {
    expect(gb.signed(5)).toBe('+5')
    expect(gb.signed(-3)).toBe('\u22123')
    expect(gb.signed(0)).toBe('0')
  })

  it('show percentages', () => {
    expect(gb.percent(0.3)).toBe('30%')
    expect(plain(de.percent(0.3))).toBe('30 %')
  })

  it('show a dash for missing values', () => {
    expect(gb.integer(null)).toBe(MISSING)
    expect(gb.decimal1(undefined)).toBe(MISSING)
    expect(de.decimal2(Number.NaN)).toBe(MISSING)
    expect(gb.date(null)).toBe(MISSING)
  })

  it('show sizes', () => {
    expect(gb.bytes(512)).toBe('512 bytes')
    expect(gb.bytes(2.5 * 1024 * 1024)).toBe('2.5 MB')
    expect(de.bytes(2.5 * 1024 * 1024)).toBe('2,5 MB')
  })
})

describe('dates', () => {
  const de = createFormatter('de-DE', 'Europe/Berlin')
  const gb = createFormatter('en-GB', 'Europe/London')

  it('format calendar dates without shifting them', () => {
    expect(gb.date('2026-11-24')).toBe('24 Nov 2026')
    expect(de.date('2026-11-24')).toBe('24.11.2026')
    expect(gb.date('2026-11-24', 'short')).toBe('24/11/2026')
    expect(de.date('2026-01-01', 'short')).toBe('01.01.26')
    expect(gb.dayShort('2026-11-24')).toMatch(/^Tue,? 24 Nov$/) // ICU 72 (Node 18) has the comma
    expect(de.dayShort('2026-11-24')).toBe('Di., 24. Nov.')
    expect(gb.dayMonth('2026-11-24')).toBe('24 Nov')
    expect(de.dayMonth('2026-11-24')).toBe('24. Nov.')
  })

  it('show instants in the club zone', () => {
    // 23:30 UTC is the next day in Berlin
    expect(plain(de.dateTime('2026-11-22T23:30:00Z'))).toBe('23.11.2026, 00:30')
    expect(plain(gb.dateTime('2026-11-22T23:30:00Z'))).toBe('22 Nov 2026, 23:30')
  })

  it('show a week as its dates', () => {
    // ICU versions differ in the spaces around the dash
    expect(plain(gb.weekRange('2026-W47'))).toMatch(/^16 ?– ?22 Nov 2026$/)
    expect(plain(de.weekRange('2026-W47'))).toMatch(/^16\. ?– ?22\. Nov\. 2026$/)
    expect(plain(gb.weekRange('2026-W53'))).toMatch(/^28 Dec 2026 ?– ?3 Jan 2027$/)
    expect(gb.weekLabel('2026-W05')).toBe('Week 5, 2026')
    expect(gb.weekRange('nonsense')).toBe('nonsense')
  })
})

describe('locales', () => {
  it('fall back to British English for a locale Intl does not accept', () => {
    expect(safeLocale('not a locale!')).toBe('en-GB')
    expect(safeLocale(null)).toBe('en-GB')
    expect(safeLocale('de-de')).toBe('de-DE')
    expect(createFormatter('xx-invalid-@', 'No/Zone').integer(1000)).toBe('1,000')
  })

  it('turn codes into words', () => {
    expect(humanize('cross_training')).toBe('Cross training')
    expect(humanize('race_pace')).toBe('Race pace')
    expect(humanize(null)).toBe(MISSING)
  })
})
