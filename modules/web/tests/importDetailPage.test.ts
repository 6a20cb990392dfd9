import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ImportView } from '../src/api/types'
import { CLUB, COACH, axeViolations, mockApi, mountApp, resetApp, signedIn, until } from './helpers'

beforeEach(resetApp)
afterEach(() => {
  resetApp()
  vi.unstubAllGlobals()
})

const base: ImportView = {
  id: 301, clubId: 50, fileName: 'club.xlsx', sizeBytes: 4096, format: 'mapped', status: 'validated', uploadedBy: 'tom',
  uploadedAt: '2026-11-23T08:00:00Z', counts: { total: 1, valid: 1, invalid: 0, ignored: 0, duplicates: 0, review: 0, imported: 0 },
  progress: { done: 1, total: 1, percent: 100 },
}
const EMPTY = { items: [], page: 0, size: 100, total: 0 }

describe('import detail', () => {
  it('names every sheet nothing was read from, with why', async () => {
    signedIn(COACH)
    const message = "Sheet 'Notes' was not read: no header row with a date and an athlete column found in its first 30 rows."
    mockApi({
      'GET /clubs/50': CLUB,
      'GET /imports/301': { ...base, sheetsNotRead: [{ sheet: 'Notes', message }] },
      'GET /imports/301/errors': EMPTY,
    })
    const { wrapper } = await mountApp('/imports/301')
    await until(() => wrapper.find('[data-test="sheets-not-read"]').exists())
    const section = wrapper.get('[data-test="sheets-not-read"]')
    expect(section.find('h2').text()).toBe('Sheets not read')
    expect(section.findAll('li').map((li) => li.text())).toEqual([`Notes: ${message}`])
    expect(await axeViolations()).toEqual([])
  })

  it('says nothing of sheets when every sheet was read', async () => {
    signedIn(COACH)
    mockApi({ 'GET /clubs/50': CLUB, 'GET /imports/301': base, 'GET /imports/301/errors': EMPTY })
    const { wrapper } = await mountApp('/imports/301')
    await until(() => wrapper.find('[data-test="import-status"]').exists())
    expect(wrapper.find('[data-test="sheets-not-read"]').exists()).toBe(false)
  })
})
