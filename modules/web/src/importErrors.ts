/**
 * The row errors of an import laid out as the spreadsheet shows them: one table per sheet, one line per row with
 * errors (by row number), one column per column header that has an error in that sheet (in the order the
 * headers first appear), and the errors that name no column in a column of their own.
 */
import type { RowProblem, RowWarning } from './api/types'

export interface ErrorRow {
  row: number
  /** Errors by column header. */
  cells: Record<string, RowProblem[]>
  /** Errors of the whole row (no column named). */
  rowErrors: RowProblem[]
  /** Warnings of this row, when given. */
  warnings: string[]
}

export interface ErrorSheet {
  /** The sheet's name; null for a CSV file. */
  sheet: string | null
  columns: string[]
  /** Where each column is: its letter (workbook) or position (CSV), when the API says. */
  columnRefs: Record<string, string>
  hasRowErrors: boolean
  rows: ErrorRow[]
  errorCount: number
}

function sheetKey(sheet: string | null | undefined): string {
  return sheet ?? '\u0000'
}

export function buildErrorSheets(problems: readonly RowProblem[], warnings: readonly RowWarning[] = []): ErrorSheet[] {
  const sheets = new Map<string, { sheet: string | null; columns: string[]; columnRefs: Record<string, string>; rows: Map<number, ErrorRow>; hasRowErrors: boolean; errorCount: number }>()
  const sheetFor = (name: string | null | undefined) => {
    const key = sheetKey(name)
    let s = sheets.get(key)
    if (!s) {
      s = { sheet: name ?? null, columns: [], columnRefs: {}, rows: new Map(), hasRowErrors: false, errorCount: 0 }
      sheets.set(key, s)
    }
    return s
  }
  for (const p of problems) {
    const s = sheetFor(p.sheet)
    let row = s.rows.get(p.row)
    if (!row) {
      row = { row: p.row, cells: {}, rowErrors: [], warnings: [] }
      s.rows.set(p.row, row)
    }
    const column = p.column?.trim()
    if (column) {
      if (!s.columns.includes(column)) s.columns.push(column)
      if (p.columnRef && !s.columnRefs[column]) s.columnRefs[column] = p.columnRef
      ;(row.cells[column] ??= []).push(p)
    } else {
      row.rowErrors.push(p)
      s.hasRowErrors = true
    }
    s.errorCount++
  }
  for (const w of warnings) {
    const s = sheets.get(sheetKey(w.sheet))
    const row = s?.rows.get(w.row)
    if (row) row.warnings.push(w.message)
  }
  return [...sheets.values()].map((s) => ({
    sheet: s.sheet,
    columns: s.columns,
    columnRefs: s.columnRefs,
    hasRowErrors: s.hasRowErrors,
    rows: [...s.rows.values()].sort((a, b) => a.row - b.row),
    errorCount: s.errorCount,
  }))
}

export interface WarningGroup {
  sheet: string | null
  row: number
  messages: string[]
}

/** Warnings by sheet and row, in file order. */
export function groupWarnings(warnings: readonly RowWarning[]): WarningGroup[] {
  const groups = new Map<string, WarningGroup>()
  for (const w of warnings) {
    const key = `${sheetKey(w.sheet)}|${w.row}`
    let g = groups.get(key)
    if (!g) {
      g = { sheet: w.sheet ?? null, row: w.row, messages: [] }
      groups.set(key, g)
    }
    g.messages.push(w.message)
  }
  const order = new Map<string, number>()
  warnings.forEach((w) => {
    if (!order.has(sheetKey(w.sheet))) order.set(sheetKey(w.sheet), order.size)
  })
  return [...groups.values()].sort((a, b) =>
    (order.get(sheetKey(a.sheet))! - order.get(sheetKey(b.sheet))!) || a.row - b.row)
}

/** 'Sessions, row 12' or 'Row 12' for a CSV file. */
export function rowLabel(sheet: string | null | undefined, row: number): string {
  return sheet ? `${sheet}, row ${row}` : `Row ${row}`
}
