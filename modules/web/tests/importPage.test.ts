import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ImportView } from '../src/api/types'
import { CLUB, COACH, axeViolations, json, mockApi, mountApp, problem, resetApp, signedIn, until } from './helpers'

beforeEach(resetApp)
afterEach(() => {
  resetApp()
  vi.unstubAllGlobals()
})

const base: ImportView = {
  id: 300, clubId: 50, fileName: 'november.csv', sizeBytes: 2048, format: 'mapped', status: 'validated', uploadedBy: 'tom',
  uploadedAt: '2026-11-23T08:00:00Z', counts: { total: 3, valid: 2, invalid: 1, ignored: 0, duplicates: 0, review: 0, imported: 0 },
  progress: { done: 3, total: 3, percent: 100 },
}
const ERRORS = {
  items: [
    { sheet: null, row: 4, column: 'Minutes', value: '11x', problem: "'11x' is not a duration", fix: 'write minutes (52) or h:mm:ss (0:52:00)' },
    { sheet: null, row: 4, column: 'RPE', value: '14', problem: 'RPE must be between 0 and 10', fix: 'use the CR-10 scale' },
    { sheet: null, row: 9, column: null, value: null, problem: "member id 'X-9' is not in the club", fix: 'enrol the athlete first' },
  ],
  page: 0, size: 100, total: 3,
}

describe('upload', () => {
  it('sends the file as multipart with the CSRF header and opens the dry run', async () => {
    signedIn(COACH)
    const uploaded: ImportView = { ...base, preview: [{ row: 2, outcome: 'new', athleteName: 'Ada Okafor', memberId: 'RH-001', session: { date: '2026-11-24', type: 'intervals', movingMinutes: 52, pain: false } }], warnings: [{ row: 3, message: 'RPE missing' }] }
    const api = mockApi({
      'GET /clubs/50': CLUB,
      'GET /clubs/50/imports': { items: [], page: 0, size: 20, total: 0 },
      'GET /clubs/50/import-mappings': [],
      'POST /clubs/50/imports': json(201, uploaded),
      'GET /imports/300': base,
      'GET /imports/300/errors': ERRORS,
    })
    const { wrapper, router } = await mountApp('/clubs/50/import')
    await until(() => wrapper.find('[data-test="import-file"]').exists())
    expect(await axeViolations()).toEqual([])
    const input = wrapper.get('[data-test="import-file"]')
    const file = new File(['Date,Minutes\n'], 'november.csv', { type: 'text/csv' })
    Object.defineProperty(input.element, 'files', { value: [file] })
    await input.trigger('change')
    await until(() => router.currentRoute.value.path === '/imports/300')
    const post = api.calls.find((c) => c.method === 'POST')!
    expect(post.headers.get('X-CSRF-Token')).toBe('csrf-1')
    expect((post.body as FormData).get('file')).toBeInstanceOf(File)
    // the preview and warnings of the upload answer are shown, although GET /imports/300 has none
    await until(() => wrapper.find('[data-test="import-preview"]').exists())
    expect(wrapper.get('[data-test="import-preview"]').text()).toContain('Ada Okafor')
    expect(wrapper.get('[data-test="import-warnings"]').text()).toContain('Row 3: RPE missing')
  })

  it('shows why a file was refused, in the API\'s words', async () => {
    signedIn(COACH)
    mockApi({
      'GET /clubs/50': CLUB,
      'GET /clubs/50/imports': { items: [], page: 0, size: 20, total: 0 },
      'GET /clubs/50/import-mappings': [],
      'POST /clubs/50/imports': () => problem(415, 'This is a PDF; save the sheet as .xlsx or .csv.', { title: 'Unsupported file type' }),
    })
    const { wrapper } = await mountApp('/clubs/50/import')
    await until(() => wrapper.find('[data-test="import-file"]').exists())
    const input = wrapper.get('[data-test="import-file"]')
    Object.defineProperty(input.element, 'files', { value: [new File(['%PDF'], 'plan.pdf')] })
    await input.trigger('change')
    await until(() => wrapper.find('[data-test="problem"]').exists())
    expect(wrapper.get('[data-test="problem"]').text()).toContain('Unsupported file type')
    expect(wrapper.get('[data-test="problem"]').text()).toContain('save the sheet as .xlsx or .csv')
  })
})

describe('dry run', () => {
  it('says a problem of many rows once, with its rows, so the unusual one stands out; the row table stays', async () => {
    signedIn(COACH)
    const rpeMissing = "RPE is missing (column 6 'RPE' is empty); the session's load will be estimated from heart rate or type"
    const uploaded: ImportView = {
      ...base,
      warnings: Array.from({ length: 20 }, (_, i) => ({ row: i + 2, message: rpeMissing })),
      notes: [{ row: 23, message: "totals row skipped ('Total' in column 1 'Member ID')" }],
      groups: [
        { severity: 'warning', count: 20, rows: Array.from({ length: 20 }, (_, i) => i + 2), rowsText: '2–21', message: rpeMissing, summary: `20 rows (2–21): ${rpeMissing}` },
        { severity: 'warning', count: 1, rows: [13], rowsText: '13', message: 'elapsed time (95 min) is much longer than moving time (40 min)', summary: 'row 13: elapsed time …' },
        { severity: 'note', count: 1, rows: [23], rowsText: '23', message: "totals row skipped ('Total' in column 1 'Member ID')", summary: 'row 23: totals row skipped' },
      ],
    }
    window.sessionStorage.setItem('loadwise.upload.300', JSON.stringify({ preview: null, warnings: uploaded.warnings, notes: uploaded.notes, groups: uploaded.groups }))
    const stored: ImportView = {
      ...base,
      groups: [{ severity: 'error', column: 'Minutes', columnRef: '4', count: 2, rows: [4, 7], rowsText: '4, 7', message: "'11x' is not a duration", fix: 'write minutes (52) or h:mm:ss (0:52:00)', summary: '2 rows …' }],
    }
    mockApi({ 'GET /clubs/50': CLUB, 'GET /imports/300': stored, 'GET /imports/300/errors': ERRORS })
    const { wrapper } = await mountApp('/imports/300')
    await until(() => wrapper.find('[data-test="error-table"]').exists())
    const groups = wrapper.findAll('[data-test="message-group"]').map((g) => g.text().replace(/\s+/g, ' '))
    expect(groups).toEqual([
      "2 rows (4, 7), column 4 'Minutes': '11x' is not a duration — write minutes (52) or h:mm:ss (0:52:00)",
      `20 rows (2–21): ${rpeMissing}`,
      'Row 13: elapsed time (95 min) is much longer than moving time (40 min)',
      "Row 23: totals row skipped ('Total' in column 1 'Member ID')",
    ])
    expect(wrapper.get('[data-test="import-warnings"]').text()).not.toContain('Row 3:')
    expect(wrapper.get('[data-test="import-notes"]').text()).toContain('Notes')
    expect(wrapper.get('[data-test="error-table"]').text()).toContain('11x')
    expect(await axeViolations()).toEqual([])
  })

  it('lays the errors out as the sheet shows them, the bad cells marked', async () => {
    signedIn(COACH)
    mockApi({ 'GET /clubs/50': CLUB, 'GET /imports/300': base, 'GET /imports/300/errors': ERRORS })
    const { wrapper } = await mountApp('/imports/300')
    await until(() => wrapper.find('[data-test="error-table"]').exists())
    expect(wrapper.get('[data-test="import-status"]').text()).toBe('Validated')
    const table = wrapper.get('[data-test="error-table"]')
    expect(table.findAll('thead th').map((th) => th.text())).toEqual(['Row', 'Minutes', 'RPE', 'Whole row'])
    expect(table.findAll('thead th').every((th) => th.attributes('scope') === 'col')).toBe(true)
    const rows = table.findAll('[data-test="error-row"]')
    expect(rows.map((r) => r.attributes('data-row'))).toEqual(['4', '9'])
    const cells = rows[0].findAll('[data-test="error-cell"]')
    expect(cells).toHaveLength(2)
    expect(cells[0].attributes('aria-invalid')).toBe('true')
    expect(cells[0].text()).toContain('“11x”')
    expect(cells[0].text()).toContain("'11x' is not a duration")
    expect(cells[0].text()).toContain('Fix: write minutes')
    expect(rows[1].get('[data-test="error-cell"]').text()).toContain("member id 'X-9' is not in the club")
    expect(await axeViolations()).toEqual([])
  })

  it('commits the valid rows only', async () => {
    signedIn(COACH)
    const api = mockApi({
      'GET /clubs/50': CLUB, 'GET /imports/300': base, 'GET /imports/300/errors': ERRORS,
      'POST /imports/300/commit': json(200, { ...base, status: 'committed', counts: { ...base.counts, imported: 2 } }),
    })
    const { wrapper } = await mountApp('/imports/300')
    await until(() => wrapper.find('[data-test="commit-skip-invalid"]').exists())
    await wrapper.get('[data-test="commit-skip-invalid"]').trigger('click')
    await until(() => wrapper.get('[data-test="import-status"]').text() === 'Committed')
    expect(api.paths()).toContain('POST /imports/300/commit?skipInvalid=true')
    expect(wrapper.text()).toContain('Imported 2 rows.')
  })

  it('lists the columns nothing is read from, by sheet', async () => {
    signedIn(COACH)
    mockApi({
      'GET /clubs/50': CLUB, 'GET /imports/300/errors': ERRORS,
      'GET /imports/300': { ...base, ignoredColumns: [{ sheet: 'Sessions', columns: ['Coach comment', 'Shoe'] }] },
    })
    const { wrapper } = await mountApp('/imports/300')
    await until(() => wrapper.find('[data-test="ignored-columns"]').exists())
    expect(wrapper.get('[data-test="ignored-columns"]').text()).toContain('Sessions: Coach comment, Shoe')
  })

  it('shows why “Import all” was refused', async () => {
    signedIn(COACH)
    mockApi({
      'GET /clubs/50': CLUB, 'GET /imports/300': base, 'GET /imports/300/errors': ERRORS,
      'POST /imports/300/commit': () => problem(409, 'The import has 1 invalid row; fix the file, or commit with skipInvalid=true.', { title: 'Conflict' }),
    })
    const { wrapper } = await mountApp('/imports/300')
    await until(() => wrapper.find('[data-test="commit-all"]').exists())
    await wrapper.get('[data-test="commit-all"]').trigger('click')
    await until(() => wrapper.find('[data-test="problem"]').exists())
    expect(wrapper.get('[data-test="problem"]').text()).toContain('The import has 1 invalid row')
  })
})

describe('a large file', () => {
  it('shows rows done of all rows while the job runs, polling every second until it is checked, and the full bar then', async () => {
    signedIn(COACH)
    let polls = 0
    mockApi({
      'GET /clubs/50': CLUB,
      'GET /imports/301': () => {
        polls++
        return polls < 2
          ? json(200, { ...base, id: 301, status: 'validating', counts: { ...base.counts, invalid: 0 }, progress: { done: 12000, total: 40000, percent: 30 } })
          : json(200, { ...base, id: 301, status: 'validated', counts: { ...base.counts, invalid: 0, total: 40000, valid: 40000 }, progress: { done: 40000, total: 40000, percent: 100 } })
      },
    })
    const { wrapper } = await mountApp('/imports/301')
    await until(() => wrapper.find('[data-test="import-progress"]').exists())
    const bar = wrapper.get('[data-test="import-progress"]')
    expect(bar.attributes('role')).toBe('progressbar')
    expect(bar.attributes('aria-valuenow')).toBe('12000')
    expect(bar.attributes('aria-valuemax')).toBe('40000')
    expect(wrapper.text()).toContain('12,000 of 40,000 rows checked (30 %)')
    expect(wrapper.get('[data-test="import-status"]').text()).toBe('Validating')
    expect(await axeViolations()).toEqual([])
    await until(() => wrapper.get('[data-test="import-status"]').text() === 'Validated', 3000)
    await flushPromises()
    const done = wrapper.get('[data-test="import-progress"]')
    expect(done.attributes('aria-valuenow')).toBe('40000')
    expect(done.attributes('aria-valuemax')).toBe('40000')
    expect(wrapper.find('[data-test="commit-all"]').exists()).toBe(true)
  })
})
