import { describe, expect, it } from 'vitest'
import type { RowProblem } from '../src/api/types'
import { buildErrorSheets, groupWarnings, rowLabel } from '../src/importErrors'

const e = (sheet: string | null, row: number, column: string | null, value: string | null, problem = 'bad', fix = 'fix it'): RowProblem =>
  ({ sheet, row, column, value, problem, fix })

describe('error sheets', () => {
  it('groups errors by sheet and row, one column per header with an error, in the order met', () => {
    const sheets = buildErrorSheets([
      e('Sessions', 12, 'Date', '30.02.2026'),
      e('Sessions', 4, 'Minutes', '11x'),
      e('Sessions', 12, 'RPE', '14'),
      e('Wellness', 3, 'Sleep (h)', '25'),
      e('Sessions', 4, 'Date', 'yesterday'),
    ])
    expect(sheets.map((s) => s.sheet)).toEqual(['Sessions', 'Wellness'])
    const sessions = sheets[0]
    expect(sessions.columns).toEqual(['Date', 'Minutes', 'RPE'])
    expect(sessions.rows.map((r) => r.row)).toEqual([4, 12])
    expect(sessions.errorCount).toBe(4)
    expect(Object.keys(sessions.rows[0].cells)).toEqual(['Minutes', 'Date'])
    expect(sessions.rows[0].cells.Date[0].value).toBe('yesterday')
    expect(sessions.rows[1].cells.Minutes).toBeUndefined()
    expect(sheets[1].columns).toEqual(['Sleep (h)'])
  })

  it('knows where each column is when the API says (letter in a workbook, position in a CSV file)', () => {
    const [s] = buildErrorSheets([
      { ...e('Sessions', 5, 'RPE (0-10)', '12'), columnRef: 'H' },
      e('Sessions', 6, 'Date', 'yesterday'),
    ])
    expect(s.columnRefs).toEqual({ 'RPE (0-10)': 'H' })
  })

  it('keeps several errors of one cell together', () => {
    const [s] = buildErrorSheets([e(null, 7, 'RPE', '14', 'too high'), e(null, 7, 'RPE', '14', 'not whole')])
    expect(s.rows).toHaveLength(1)
    expect(s.rows[0].cells.RPE.map((p) => p.problem)).toEqual(['too high', 'not whole'])
  })

  it('puts errors that name no column in a column of the whole row', () => {
    const [s] = buildErrorSheets([e(null, 9, null, null, 'unknown athlete'), e(null, 9, '  ', null, 'two athletes named Sam'), e(null, 10, 'Date', '')])
    expect(s.sheet).toBeNull()
    expect(s.hasRowErrors).toBe(true)
    expect(s.columns).toEqual(['Date'])
    expect(s.rows[0].rowErrors.map((p) => p.problem)).toEqual(['unknown athlete', 'two athletes named Sam'])
    expect(s.rows[1].rowErrors).toEqual([])
  })

  it('attaches the warnings of rows that have errors', () => {
    const [s] = buildErrorSheets([e('Sessions', 5, 'RPE', '')], [
      { sheet: 'Sessions', row: 5, message: 'RPE missing' },
      { sheet: 'Sessions', row: 6, message: 'over 6 hours' },
    ])
    expect(s.rows[0].warnings).toEqual(['RPE missing'])
  })

  it('has nothing to show without errors', () => {
    expect(buildErrorSheets([])).toEqual([])
  })
})

describe('warnings', () => {
  it('groups by sheet and row in file order', () => {
    const groups = groupWarnings([
      { sheet: 'Sessions', row: 9, message: 'a' },
      { sheet: 'Wellness', row: 2, message: 'b' },
      { sheet: 'Sessions', row: 3, message: 'c' },
      { sheet: 'Sessions', row: 9, message: 'd' },
    ])
    expect(groups).toEqual([
      { sheet: 'Sessions', row: 3, messages: ['c'] },
      { sheet: 'Sessions', row: 9, messages: ['a', 'd'] },
      { sheet: 'Wellness', row: 2, messages: ['b'] },
    ])
  })

  it('labels rows as the sheet shows them', () => {
    expect(rowLabel('Sessions', 12)).toBe('Sessions, row 12')
    expect(rowLabel(null, 12)).toBe('Row 12')
  })
})
