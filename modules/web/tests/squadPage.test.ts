import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { auth } from '../src/state'
import { CLUB, CLUB_ADMIN, COACH, PLATFORM_ADMIN, axeViolations, json, mockApi, mountApp, problem, resetApp, signedIn, signedInElsewhere, until } from './helpers'
import { squadWeek } from './fixtures'

beforeEach(resetApp)
afterEach(() => {
  resetApp()
  vi.unstubAllGlobals()
})

const ready = () => document.documentElement.dataset.squadReady === 'true'

describe('squad page', () => {
  it('renders from two requests (club and squad), worst first, and says it is ready', async () => {
    signedIn(COACH)
    const api = mockApi({ 'GET /clubs/50': CLUB, 'GET /clubs/50/squad': squadWeek() })
    const mark = vi.spyOn(performance, 'mark')
    const { wrapper } = await mountApp('/clubs/50/squad')
    await until(ready)
    expect(api.paths()).toEqual(['GET /clubs/50', 'GET /clubs/50/squad'])
    expect(mark).toHaveBeenCalledWith('squad-ready')
    const rows = wrapper.findAll('[data-test="squad-row"]')
    expect(rows.map((r) => r.attributes('data-athlete-id'))).toEqual(['1', '2', '3', '4', '5'])
    expect(rows[0].text()).toContain('Ada Okafor')
    expect(rows[0].text()).toContain('Red')
    expect(rows[0].text()).toContain('Sharp Achilles pain')
    expect(rows[0].text()).toContain('−39')
    expect(rows[4].text()).toContain('No score')
    const counts = wrapper.get('[data-test="status-counts"]')
    expect(counts.get('[data-status="red"]').attributes('data-count')).toBe('2')
    expect(counts.get('[data-status="unscored"]').attributes('data-count')).toBe('1')
    expect(document.documentElement.lang).toBe('en-GB')
    expect(document.title).toContain('Riverside Harriers')
    // a coach sees no settings link
    expect(wrapper.find('[data-test="nav-settings"]').exists()).toBe(false)
    expect(wrapper.get('[data-test="sign-out"]').text()).toBe('Sign out')
  })

  it('asks for the week in the address', async () => {
    signedIn(COACH)
    const api = mockApi({ 'GET /clubs/50': CLUB, 'GET /clubs/50/squad': squadWeek({ week: '2026-W45', previousWeek: '2026-W44', nextWeek: '2026-W46' }) })
    const { wrapper } = await mountApp('/clubs/50/squad?week=2026-W45')
    await until(ready)
    expect(api.paths()).toContain('GET /clubs/50/squad?week=2026-W45')
    expect(wrapper.get('[data-test="week-previous"]').attributes('href')).toBe('/clubs/50/squad?week=2026-W44')
    expect(wrapper.get('[data-test="week-next"]').attributes('href')).toBe('/clubs/50/squad?week=2026-W46')
    expect(wrapper.get('[data-test="week-last"]').attributes('href')).toBe('/clubs/50/squad')
  })

  it('filters by status from the counts and by name', async () => {
    signedIn(COACH)
    mockApi({ 'GET /clubs/50': CLUB, 'GET /clubs/50/squad': squadWeek() })
    const { wrapper, router } = await mountApp('/clubs/50/squad')
    await until(ready)
    await wrapper.get('[data-test="status-counts"] [data-status="red"]').trigger('click')
    await until(() => wrapper.findAll('[data-test="squad-row"]').length === 2)
    expect(router.currentRoute.value.query.status).toBe('red')
    await router.replace('/clubs/50/squad')
    await until(() => wrapper.findAll('[data-test="squad-row"]').length === 5)
    await wrapper.get('#squad-search').setValue('jose')
    await until(() => wrapper.findAll('[data-test="squad-row"]').length === 1)
    expect(wrapper.get('[data-test="squad-row"]').attributes('data-athlete-id')).toBe('2')
  })

  it('shows cards on a phone', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.includes('max-width'), media: query, addEventListener() {}, removeEventListener() {},
    }))
    signedIn(COACH)
    mockApi({ 'GET /clubs/50': CLUB, 'GET /clubs/50/squad': squadWeek() })
    const { wrapper } = await mountApp('/clubs/50/squad')
    await until(ready)
    expect(wrapper.find('table.squad-table').exists()).toBe(false)
    const cards = wrapper.findAll('li[data-test="squad-row"]')
    expect(cards).toHaveLength(5)
    expect(await axeViolations()).toEqual([])
  })

  it('has no serious accessibility violation', async () => {
    signedIn(CLUB_ADMIN)
    mockApi({ 'GET /clubs/50': CLUB, 'GET /clubs/50/squad': squadWeek() })
    await mountApp('/clubs/50/squad')
    await until(ready)
    expect(await axeViolations()).toEqual([])
  })

  it('says to import a training log when the club has no athletes', async () => {
    signedIn(COACH)
    mockApi({ 'GET /clubs/50': CLUB, 'GET /clubs/50/squad': squadWeek({ athletes: [], counts: { athletes: 0, scored: 0, red: 0, amber: 0, green: 0, unscored: 0 } }) })
    const { wrapper } = await mountApp('/clubs/50/squad')
    await until(ready)
    const empty = wrapper.get('[data-test="empty-squad"]')
    expect(empty.text()).toContain('Import your training log')
    expect(empty.get('a').attributes('href')).toBe('/clubs/50/import')
  })

  it('says the week is not scored yet and points a platform admin to scoring runs', async () => {
    signedIn(PLATFORM_ADMIN)
    const unscored = squadWeek({
      counts: { athletes: 1, scored: 0, red: 0, amber: 0, green: 0, unscored: 1 },
      athletes: [squadWeek().athletes[4]],
    })
    const api = mockApi({ 'GET /clubs/50': CLUB, 'GET /clubs/50/squad': unscored, 'GET /clubs': { items: [CLUB], page: 0, size: 500, total: 1 } })
    const { wrapper } = await mountApp('/clubs/50/squad')
    await until(ready)
    expect(api.paths().slice(0, 2)).toEqual(['GET /clubs/50', 'GET /clubs/50/squad'])
    const notice = wrapper.get('[data-test="no-scores"]')
    expect(notice.text()).toContain('nightly scoring has not scored this week')
    expect(notice.get('a').attributes('href')).toBe('/scoring-runs?club=50&week=2026-W47')
    // the club switcher's list is asked for only after the page has rendered
    await until(() => api.paths().includes('GET /clubs?page=0&size=500'))
    expect(wrapper.get('[data-test="club-switcher"]').element.tagName).toBe('SELECT')
    expect(wrapper.find('[data-test="nav-scoring-runs"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="nav-settings"]').exists()).toBe(true)
  })

  it('shows the API\'s words when the squad cannot be read', async () => {
    signedIn(COACH)
    mockApi({ 'GET /clubs/50': CLUB, 'GET /clubs/50/squad': () => problem(400, "week must look like 2026-W47, got '2026-47'", { title: 'Invalid input' }) })
    const { wrapper } = await mountApp('/clubs/50/squad?week=2026-47')
    await until(() => wrapper.find('[data-test="problem"]').exists())
    expect(wrapper.get('[data-test="problem"]').text()).toContain("week must look like 2026-W47, got '2026-47'")
    expect(document.documentElement.dataset.squadReady).toBe('false')
  })

  it('goes to sign in, keeping the address, when the session has ended', async () => {
    signedIn(COACH)
    mockApi({
      'GET /clubs/50': () => problem(401, 'Sign in again.', { title: 'Invalid credentials' }),
      'GET /clubs/50/squad': () => problem(401, 'Sign in again.', { title: 'Invalid credentials' }),
    })
    const { router, wrapper } = await mountApp('/clubs/50/squad?week=2026-W47')
    await until(() => router.currentRoute.value.name === 'sign-in')
    expect(router.currentRoute.value.query.next).toBe('/clubs/50/squad?week=2026-W47')
    await until(() => wrapper.find('#username').exists())
    expect(wrapper.text()).toContain('Your session has ended')
    expect(wrapper.find('[data-test="problem"]').exists()).toBe(false)
  })

  it('asks the server for the session when this tab has none', async () => {
    signedInElsewhere()
    const api = mockApi({
      'GET /session': json(200, { csrfToken: 'c', idleTimeoutSeconds: 1800, me: COACH }),
      'GET /clubs/50': CLUB,
      'GET /clubs/50/squad': squadWeek(),
    })
    await mountApp('/clubs/50/squad')
    await until(ready)
    expect(api.paths()).toEqual(['GET /session', 'GET /clubs/50', 'GET /clubs/50/squad'])
  })
})

describe('a tab left alone', () => {
  it('checks the session when it is shown again after the idle time, and goes to sign in if it ended', async () => {
    signedIn(COACH)
    const api = mockApi({
      'GET /clubs/50': CLUB,
      'GET /clubs/50/squad': squadWeek(),
      'GET /session': () => problem(401, 'Your session has ended.', { title: 'Session expired' }),
    })
    const { router } = await mountApp('/clubs/50/squad')
    await until(ready)
    auth.idleTimeoutSeconds = 0
    await new Promise((r) => setTimeout(r, 5))
    document.dispatchEvent(new Event('visibilitychange'))
    await until(() => router.currentRoute.value.name === 'sign-in')
    expect(api.paths()).toContain('GET /session')
    expect(router.currentRoute.value.query.next).toBe('/clubs/50/squad')
  })
})
