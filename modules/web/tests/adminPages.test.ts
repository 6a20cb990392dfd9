import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CLUB, CLUB_ADMIN, COACH, PLATFORM_ADMIN, axeViolations, json, mockApi, mountApp, problem, resetApp, signedIn, until } from './helpers'

beforeEach(resetApp)
afterEach(() => {
  resetApp()
  vi.unstubAllGlobals()
})

const empty = { items: [], page: 0, size: 50, total: 0 }

describe('settings', () => {
  it('tells a coach that only club admins may, without asking the API for settings', async () => {
    signedIn(COACH)
    const api = mockApi({ 'GET /clubs/50': CLUB })
    const { wrapper } = await mountApp('/clubs/50/settings')
    await until(() => wrapper.find('[data-test="settings-forbidden"]').exists())
    expect(wrapper.get('[data-test="settings-forbidden"]').text()).toContain('Only club admins')
    expect(wrapper.find('[data-test="nav-settings"]').exists()).toBe(false)
    expect(api.paths()).toEqual(['GET /clubs/50'])
    expect(wrapper.findAll('h1')).toHaveLength(1)
  })

  it('issues an API key and shows its token once, with a warning', async () => {
    signedIn(CLUB_ADMIN)
    const key = { id: 7, clubId: 50, name: 'Garmin sync', scope: 'read-write', prefix: 'lw_ab12_', createdBy: 'anna', createdAt: '2026-11-23T08:00:00Z' }
    let listed = 0
    const api = mockApi({
      'GET /clubs/50': CLUB,
      'GET /clubs/50/api-keys': () => json(200, listed++ === 0 ? empty : { items: [key], page: 0, size: 200, total: 1 }),
      'POST /clubs/50/api-keys': json(201, { key, token: 'lw_ab12_SECRETSECRET' }),
    })
    const { wrapper } = await mountApp('/clubs/50/settings?tab=keys')
    await until(() => wrapper.find('#key-name').exists())
    await wrapper.get('#key-name').setValue('Garmin sync')
    await wrapper.get('#key-scope').setValue('read-write')
    await wrapper.get('form.issue-key').trigger('submit')
    await until(() => wrapper.find('[data-test="issued-token"]').exists())
    expect(wrapper.get('[data-test="api-key-token"]').text()).toBe('lw_ab12_SECRETSECRET')
    expect(wrapper.get('[data-test="issued-token"]').text()).toContain('shown only this once')
    expect(api.calls.find((c) => c.method === 'POST')!.body).toEqual({ name: 'Garmin sync', scope: 'read-write' })
    await until(() => wrapper.find('[data-test="api-key-row"]').exists())
    expect(await axeViolations()).toEqual([])
  })

  it('shows each rule setting with its meaning and range, and sends the whole document back', async () => {
    signedIn(CLUB_ADMIN)
    const level = (speed: number) => ({
      hardSessions: { longRunMinutes: 90, longRunLoad: 600 }, bufferDay: { enabled: true }, speedDays: { enabled: true, maxPerWeek: speed },
      newIntensity: { enabled: true, minNewTypes: 2, quietWeeks: 3 }, acwrSpike: { enabled: true, maxEwmaAcwr: 1.5 },
      singleRunSpike: { enabled: true, maxIncrease: 0.3 }, noEasyDay: { enabled: true }, afterLongRun: { enabled: true },
      warmUp: { enabled: true, minMinutes: 15 }, strength: { enabled: true, minPerWeek: 2 },
      sleep: { enabled: true, amberBelowHours: 7, redBelowHours: 6, minNights: 3 },
      refuel: { enabled: true, maxMinutesAfter: 60, minCarbsGrams: 30, minProteinGrams: 20 },
      pain: { enabled: true, minPainScore: 4, keywords: ['achilles'] },
      burnout: { enabled: true, minSigns: 2, minDays: 3, highFatigue: 5, poorSleepHours: 6, poorSleepQuality: 5, lowMood: 5, highStress: 5, restingHrSdAbove: 1, hrvSdBelow: 1 },
      monotony: { enabled: true, maxMonotony: 2, strainFactor: 1 },
    })
    const settings = { maxImplicitRestDays: 3, beginner: level(1), intermediate: level(2), advanced: level(3) }
    const api = mockApi({
      'GET /clubs/50': CLUB,
      'GET /clubs/50/rule-settings': { clubId: 50, custom: false, settings },
      'PUT /clubs/50/rule-settings': (req: { body: unknown }) => json(200, { clubId: 50, custom: true, updatedAt: '2026-11-23T10:00:00Z', settings: req.body }),
    })
    const { wrapper } = await mountApp('/clubs/50/settings?tab=rules')
    await until(() => wrapper.find('#rule-intermediate-speedDays-maxPerWeek').exists())
    const input = wrapper.get('#rule-intermediate-speedDays-maxPerWeek')
    expect(wrapper.get(`#${input.attributes('aria-describedby')!.split(' ')[0]}`).text()).toContain('0 to 7. Defaults 1 / 2 / 3.')
    expect(wrapper.text()).toContain('Days with tempo, intervals, hills, race pace or a race allowed in a week.')
    await input.setValue('9')
    await wrapper.findAll('button').find((b) => b.text() === 'Save rule settings')!.trigger('click')
    await until(() => wrapper.find('[data-test="problem"]').exists())
    expect(wrapper.get('#rule-intermediate-speedDays-maxPerWeek').attributes('aria-invalid')).toBe('true')
    expect(api.calls.some((c) => c.method === 'PUT')).toBe(false)
    await wrapper.get('#rule-intermediate-speedDays-maxPerWeek').setValue('3')
    await wrapper.findAll('button').find((b) => b.text() === 'Save rule settings')!.trigger('click')
    await until(() => api.calls.some((c) => c.method === 'PUT'))
    const sent = api.calls.find((c) => c.method === 'PUT')!.body as typeof settings
    expect(sent.intermediate.speedDays.maxPerWeek).toBe(3)
    expect(sent.beginner.speedDays.maxPerWeek).toBe(1)
    expect(Object.keys(sent)).toEqual(['maxImplicitRestDays', 'beginner', 'intermediate', 'advanced'])
    expect(await axeViolations()).toEqual([])
  })
})

describe('reports', () => {
  it('links the workbook of last week, and says when a week was delivered already', async () => {
    signedIn(CLUB_ADMIN)
    mockApi({
      'GET /clubs/50': CLUB,
      'GET /clubs/50/report-recipients': [{ id: 1, clubId: 50, email: 'coaches@riverside.example', name: 'Coaches' }],
      'GET /clubs/50/report-deliveries': { items: [{ id: 3, clubId: 50, week: '2026-W46', status: 'sent', attempts: 1, sentAt: '2026-11-16T06:00:00Z', trigger: 'weekly' }], page: 0, size: 20, total: 1 },
      'POST /clubs/50/report-deliveries': () => problem(409, 'the report of 2026-W46 has a delivery already (status sent)', { title: 'Conflict' }),
    })
    const { wrapper } = await mountApp('/clubs/50/reports')
    await until(() => wrapper.find('[data-test="delivery-row"]').exists())
    const link = wrapper.get('[data-test="report-download"]')
    expect(link.attributes('href')).toMatch(/^\/api\/v1\/clubs\/50\/reports\/\d{4}-W\d{2}\.xlsx$/)
    expect(wrapper.get('[data-test="recipient"]').text()).toContain('coaches@riverside.example')
    await wrapper.get('#send-week').setValue('2026-W46')
    await wrapper.get('[data-test="report-send"]').trigger('click')
    await until(() => wrapper.find('[data-test="problem"]').exists())
    expect(wrapper.get('[data-test="problem"]').text()).toContain('has a delivery already')
    expect(wrapper.get('[data-test="problem"]').text()).toContain('Every week is delivered once')
    expect(await axeViolations()).toEqual([])
  })

  it('says when a send is waiting for a retry', async () => {
    signedIn(CLUB_ADMIN)
    mockApi({
      'GET /clubs/50': CLUB,
      'GET /clubs/50/report-recipients': [],
      'GET /clubs/50/report-deliveries': empty,
      'POST /clubs/50/report-deliveries': json(202, { id: 4, clubId: 50, week: '2026-W47', status: 'retry_pending', attempts: 1, nextAttemptAt: '2026-11-23T10:05:00Z', lastError: '421 try later' }),
    })
    const { wrapper } = await mountApp('/clubs/50/reports')
    await until(() => wrapper.find('[data-test="report-send"]').exists())
    await wrapper.get('#send-week').setValue('2026-W47')
    await wrapper.get('[data-test="report-send"]').trigger('click')
    await until(() => wrapper.find('[data-test="send-result"]').exists())
    expect(wrapper.get('[data-test="send-result"]').text()).toContain('a retry is pending')
    expect(wrapper.get('[data-test="send-result"]').text()).toContain('421 try later')
  })
})

describe('scoring runs', () => {
  it('is for platform admins only', async () => {
    signedIn(CLUB_ADMIN)
    mockApi({ 'GET /clubs/50': CLUB })
    const { wrapper } = await mountApp('/scoring-runs')
    await until(() => wrapper.find('[data-test="scoring-forbidden"]').exists())
    expect(wrapper.find('[data-test="nav-scoring-runs"]').exists()).toBe(false)
  })

  it('starts a run for a club and week and follows it', async () => {
    signedIn(PLATFORM_ADMIN)
    const run = {
      executionId: 101, instanceId: 9, status: 'COMPLETED', parameters: { week: '2026-W47', club: '50' }, read: 30, written: 29, skipped: 1,
      athletesTotal: 30, partitions: [{ partition: 0, firstAthleteId: 1, lastAthleteId: 30, total: 30, done: 30, written: 29, skipped: 1 }],
      issueCount: 1, issues: [{ executionId: 101, athleteId: 7, week: '2026-W47', reason: 'no records in the window' }],
    }
    let listed = 0
    const api = mockApi({
      'GET /scoring/runs': () => json(200, listed++ === 0 ? { items: [], page: 0, size: 20, total: 0 } : { items: [run], page: 0, size: 20, total: 1 }),
      'GET /clubs': { items: [CLUB], page: 0, size: 500, total: 1 },
      'POST /scoring/runs': json(202, { executionId: 101 }),
      'GET /scoring/runs/101': run,
    })
    const { wrapper } = await mountApp('/scoring-runs?club=50&week=2026-W47')
    await until(() => wrapper.find('[data-test="run-start"]').exists())
    await until(() => api.paths().includes('GET /clubs?page=0&size=500'))
    await wrapper.get('[data-test="run-start"]').trigger('click')
    await until(() => wrapper.find('[data-test="run-status"]').exists())
    expect(api.calls.find((c) => c.method === 'POST')!.body).toEqual({ week: '2026-W47', club: 50 })
    expect(wrapper.get('[data-test="run-status"]').text()).toBe('Completed')
    expect(wrapper.get('[data-test="run-detail"]').text()).toContain('no records in the window')
    expect(await axeViolations()).toEqual([])
  })
})
