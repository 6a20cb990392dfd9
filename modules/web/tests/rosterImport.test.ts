import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RosterImportResult } from '../src/api/types'
import { CLUB, CLUB_ADMIN, COACH, axeViolations, json, mockApi, mountApp, problem, resetApp, signedIn, until } from './helpers'

beforeEach(resetApp)
afterEach(() => {
  resetApp()
  vi.unstubAllGlobals()
})

const PAGE_ROUTES = {
  'GET /clubs/50': CLUB,
  'GET /clubs/50/imports': { items: [], page: 0, size: 20, total: 0 },
  'GET /clubs/50/import-mappings': [],
}

const DRY_RUN: RosterImportResult = {
  fileName: 'roster.xlsx', format: 'xlsx', dryRun: true, committed: false,
  message: '1 to create, 1 to update, 1 unchanged. Nothing was written; commit to write it.',
  counts: { rows: 3, create: 1, update: 1, unchanged: 1, errors: 0 },
  create: [{ sheet: 'Roster', row: 3, athleteId: null, memberId: 'RH-9', name: 'Cleo Park', sex: 'female', birthYear: 2001,
    level: 'beginner', maxHr: 201, restingHr: 61, timeZone: 'Asia/Tokyo', changes: [] }],
  update: [{ sheet: 'Roster', row: 2, athleteId: 7, memberId: 'RH-1', name: 'Ada Okafor', sex: 'female', birthYear: 1990,
    level: 'advanced', maxHr: 191, restingHr: 50, timeZone: null, changes: [
      { field: 'level', column: 'Level', from: 'intermediate', to: 'advanced' },
      { field: 'maxHr', column: 'Max HR', from: '188', to: '191' },
      { field: 'timeZone', column: 'Time zone', from: null, to: 'Europe/Berlin' },
    ] }],
  unchanged: [{ sheet: 'Roster', row: 4, athleteId: 8, memberId: 'RH-2', name: 'Ben Roth', sex: 'male', level: 'beginner', changes: [] }],
  errors: [],
  ignoredColumns: [{ sheet: 'Roster', column: 'Shoe', columnRef: 'I' }],
  ignoredSheets: ['Instructions'],
}

async function pick(wrapper: Awaited<ReturnType<typeof mountApp>>['wrapper'], name = 'roster.xlsx') {
  await until(() => wrapper.find('[data-test="roster-file"]').exists())
  const input = wrapper.get('[data-test="roster-file"]')
  Object.defineProperty(input.element, 'files', { value: [new File(['x'], name)], configurable: true })
  await input.trigger('change')
}

describe('roster import', () => {
  it('checks the file, shows who is enrolled, updated with each change and unchanged, then commits it', async () => {
    signedIn(CLUB_ADMIN)
    const api = mockApi({
      ...PAGE_ROUTES,
      'POST /clubs/50/roster-imports': (req: { query: string }) => req.query === '?dryRun=true' ? json(200, DRY_RUN)
        : json(200, { ...DRY_RUN, dryRun: false, committed: true, message: '1 created, 1 updated, 1 unchanged.' }),
    })
    const { wrapper } = await mountApp('/clubs/50/import')
    await pick(wrapper)
    await until(() => wrapper.find('[data-test="roster-result"]').exists())

    expect(wrapper.get('[data-test="roster-summary"]').text()).toContain('1 to create, 1 to update, 1 unchanged')
    expect(wrapper.get('[data-test="roster-create"]').text()).toContain('RH-9')
    expect(wrapper.get('[data-test="roster-create"]').text()).toContain('Asia/Tokyo')
    expect(wrapper.findAll('[data-test="roster-change"]').map((c) => c.text())).toEqual([
      'Level: intermediate → advanced', 'Max HR: 188 → 191', 'Time zone: — → Europe/Berlin'])
    expect(wrapper.get('[data-test="roster-unchanged"]').text()).toContain('RH-2 Ben Roth')
    expect(wrapper.get('[data-test="roster-ignored"]').text()).toBe('Ignored columns: I “Shoe”')
    expect(wrapper.get('[data-test="roster-ignored-sheets"]').text()).toContain('Instructions')
    expect(await axeViolations()).toEqual([])

    const commit = wrapper.get('[data-test="roster-commit"]')
    expect(commit.attributes('disabled')).toBeUndefined()
    expect(commit.text()).toBe('Commit: enrol 1, update 1')
    await commit.trigger('click')
    await until(() => wrapper.find('[data-test="roster-done"]').exists())
    expect(wrapper.get('[data-test="roster-done"]').text()).toContain('1 created, 1 updated, 1 unchanged.')
    expect(wrapper.find('[data-test="roster-result"]').exists()).toBe(false)

    const posts = api.calls.filter((c) => c.method === 'POST')
    expect(posts.map((c) => c.query)).toEqual(['?dryRun=true', '?dryRun=false'])
    expect(posts.every((c) => (c.body as FormData).get('file') instanceof File)).toBe(true)
    expect(posts[1].headers.get('X-CSRF-Token')).toBe('csrf-1')
  })

  it('shows each error on its cell with the column letter and does not offer the commit', async () => {
    signedIn(CLUB_ADMIN)
    mockApi({
      ...PAGE_ROUTES,
      'POST /clubs/50/roster-imports': json(200, {
        ...DRY_RUN, message: '2 errors: nothing can be written until they are corrected. Nothing was written.',
        counts: { ...DRY_RUN.counts, errors: 2 },
        errors: [
          { sheet: 'Roster', row: 5, column: 'Level', columnRef: 'E', value: 'expert', problem: "unknown experience level 'expert'",
            fix: 'use beginner, intermediate or advanced' },
          { sheet: 'Roster', row: 6, column: 'Member ID', columnRef: 'A', value: 'RH-1', problem: "member id 'RH-1' is also on row 2",
            fix: 'keep one row per athlete: merge the rows or correct the member id' },
        ],
      }),
    })
    const { wrapper } = await mountApp('/clubs/50/import')
    await pick(wrapper)
    await until(() => wrapper.find('[data-test="roster-errors"]').exists())

    const table = wrapper.get('[data-test="roster-errors"] [data-test="error-table"]')
    expect(table.text()).toContain('E · Level')
    expect(table.text()).toContain('A · Member ID')
    const cells = wrapper.findAll('[data-test="roster-errors"] [data-test="error-cell"]')
    expect(cells.map((c) => c.attributes('data-column'))).toEqual(['Level', 'Member ID'])
    expect(cells[0].text()).toContain('“expert”')
    expect(cells[0].text()).toContain('Fix: use beginner, intermediate or advanced')
    expect(wrapper.get('[data-test="roster-commit"]').attributes('disabled')).toBeDefined()
    expect(wrapper.text()).toContain('Correct the errors in the file and choose it again.')
    expect(await axeViolations()).toEqual([])
  })

  it('shows a refused commit in the API\'s words with its rows', async () => {
    signedIn(CLUB_ADMIN)
    mockApi({
      ...PAGE_ROUTES,
      'POST /clubs/50/roster-imports': (req: { query: string }) => req.query === '?dryRun=true' ? json(200, DRY_RUN)
        : problem(422, 'The roster has 1 error; nothing was written. Correct it and upload the file again.', {
          title: 'File cannot be imported',
          errors: [{ field: 'file', sheet: 'Roster', row: 3, column: 'Member ID', value: 'RH-9', message: 'member id is taken',
            fix: 'check the file' }],
        }),
    })
    const { wrapper } = await mountApp('/clubs/50/import')
    await pick(wrapper)
    await until(() => wrapper.find('[data-test="roster-commit"]').exists())
    await wrapper.get('[data-test="roster-commit"]').trigger('click')
    await until(() => wrapper.find('[data-test="roster-errors"]').exists())
    expect(wrapper.get('[data-test="roster-import"]').text()).toContain('The roster has 1 error; nothing was written.')
    expect(wrapper.get('[data-test="roster-errors"] [data-test="error-cell"]').text()).toContain('member id is taken')
    expect(wrapper.find('[data-test="roster-done"]').exists()).toBe(false)
  })

  it('is offered to club admins only; the template can be downloaded by anyone', async () => {
    signedIn(COACH)
    const api = mockApi(PAGE_ROUTES)
    const { wrapper } = await mountApp('/clubs/50/import')
    await until(() => wrapper.find('[data-test="roster-import"]').exists())
    expect(wrapper.find('[data-test="roster-file"]').exists()).toBe(false)
    expect(wrapper.get('[data-test="roster-import"]').text()).toContain('Only club admins can import a roster.')
    expect(wrapper.get('[data-test="roster-template"]').attributes('href')).toBe('/api/v1/roster-imports/template')
    expect(api.calls.some((c) => c.path.includes('roster'))).toBe(false)
  })
})
