import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { chartLoader } from '../src/charts/loader'
import type { AthleteView, AthleteWeekScore, SessionView } from '../src/api/types'
import { timeline } from './fixtures'
import { CLUB, COACH, axeViolations, json, mockApi, mountApp, problem, resetApp, signedIn, until } from './helpers'

// ECharts is not drawn in jsdom: a stand-in that "finishes" drawing like the real one
const drawn: unknown[] = []
beforeEach(() => {
  resetApp()
  drawn.length = 0
  chartLoader.load = async () => ({
    createChart: (_el: HTMLElement, onFinished: () => void) => ({
      setOption: (option: unknown) => {
        drawn.push(option)
        setTimeout(onFinished, 0)
      },
      resize: () => undefined,
      dispose: () => undefined,
    }),
  })
})
afterEach(() => {
  resetApp()
  vi.unstubAllGlobals()
})

const ATHLETE: AthleteView = { id: 150, clubId: 50, memberId: 'RH-001', name: 'Ada Okafor', sex: 'female', level: 'advanced', active: true, version: 1 }
const score = (week: string, over: Partial<AthleteWeekScore> = {}): AthleteWeekScore => ({
  athleteId: 150, memberId: 'RH-001', name: 'Ada Okafor', level: 'advanced', week, score: 82, status: 'green',
  provisional: false, findings: [], acknowledgmentsWithoutFinding: [], ...over,
})
const SCORES: AthleteWeekScore[] = [
  score('2026-W47', {
    score: 31, status: 'red',
    findings: [
      { ruleId: 'pain', severity: 'red', message: 'Sharp left Achilles pain on Tuesday', advice: 'Back off; see a physio.', evidence: 'dates 2026-11-17; sessions 2050', evidenceStrength: 'precaution: pain outranks every load figure' },
      { ruleId: 'strength', severity: 'advice', message: 'One strength session this week', advice: 'Two a week help.', evidence: null, evidenceStrength: 'controlled trials, mostly outside running',
        acknowledgment: { ruleId: 'strength', acknowledgedBy: 'anna', acknowledgedAt: '2026-11-23T08:00:00Z', note: 'gym closed', findingPresent: true } },
    ],
  }),
  score('2026-W46'),
]
const SESSION: SessionView = { id: 2050, athleteId: 150, date: '2026-11-17', startTime: '07:30:00', type: 'intervals', movingMinutes: 52, distanceKm: 11.2, rpe: 8, avgHr: 158, pain: true, painLocation: 'left achilles', excluded: false, version: 2 }
const page = <T>(items: T[]) => ({ items, page: 0, size: 20, total: items.length })

function api(extra: Record<string, unknown> = {}) {
  return mockApi({
    'GET /athletes/150': ATHLETE,
    'GET /athletes/150/timeline': { ...timeline(112), athleteId: 150 },
    'GET /athletes/150/scores': SCORES,
    'GET /athletes/150/sessions': page([SESSION]),
    'GET /athletes/150/wellness': page([{ id: 1, athleteId: 150, date: '2026-11-18', sleepHours: 7.5, restingHr: 47, hrvMs: 68, fatigue: 4, version: 1 }]),
    'GET /athletes/150/health-events': page([]),
    'GET /athletes/150/plan/2026-W47/comparison': { athleteId: 150, week: '2026-W47', today: '2026-11-25', items: [],
      counts: { asPlanned: 0, changed: 0, missed: 0, pending: 0, unplanned: 0 } },
    'GET /clubs/50': CLUB,
    ...extra,
  })
}

describe('athlete page', () => {
  it('renders from four requests, then loads the rest', async () => {
    signedIn(COACH)
    const calls = api()
    const { wrapper } = await mountApp('/athletes/150?week=2026-W47')
    await until(() => wrapper.find('[data-test="athlete-name"]').exists())
    const first = calls.paths().slice(0, 4).map((p) => p.split('?')[0]).sort()
    expect(first).toEqual(['GET /athletes/150', 'GET /athletes/150/scores', 'GET /athletes/150/sessions', 'GET /athletes/150/timeline'])
    expect(calls.paths()).toContain('GET /athletes/150/timeline?weeks=16')
    expect(calls.paths()).toContain('GET /athletes/150/scores?weeks=16')
    await until(() => calls.paths().some((p) => p.startsWith('GET /athletes/150/health-events')))
    expect(calls.paths().slice(4).map((p) => p.split('?')[0]).sort()).toEqual(['GET /athletes/150/health-events',
      'GET /athletes/150/plan/2026-W47/comparison', 'GET /athletes/150/wellness', 'GET /clubs/50'])
    expect(wrapper.get('[data-test="athlete-name"]').text()).toBe('Ada Okafor')
    expect(wrapper.text()).toContain('RH-001')
    expect(wrapper.text()).toContain('Advanced')
  })

  it('marks each chart rendered once it is drawn', async () => {
    signedIn(COACH)
    const calls = api()
    const { wrapper } = await mountApp('/athletes/150?week=2026-W47')
    await until(() => wrapper.find('[data-test="chart-load"]').exists())
    await until(() => wrapper.get('[data-test="chart-load"]').attributes('data-rendered') === 'true'
      && wrapper.get('[data-test="chart-wellness"]').attributes('data-rendered') === 'true')
    await until(() => calls.paths().includes('GET /clubs/50'))
    await until(() => wrapper.get('[data-test="chart-load"]').attributes('data-rendered') === 'true')
    const before = drawn.length
    await wrapper.get('[data-test="view-form"]').trigger('click')
    expect(wrapper.get('[data-test="view-form"]').attributes('aria-pressed')).toBe('true')
    // drawing again: not rendered until ECharts says it finished
    expect(wrapper.get('[data-test="chart-load"]').attributes('data-rendered')).toBe('false')
    await until(() => wrapper.get('[data-test="chart-load"]').attributes('data-rendered') === 'true')
    expect(drawn).toHaveLength(before + 1)
    expect(((drawn[before] as { series: Array<{ name: string }> }).series).map((s) => s.name)).toContain('Fitness (CTL)')
  })

  it('shows the week\'s findings with severity in words, and acknowledges one with a note', async () => {
    signedIn(COACH)
    const calls = api({
      'PUT /athletes/150/scores/2026-W47/findings/pain/acknowledgment': json(201, {
        athleteId: 150, week: '2026-W47', ruleId: 'pain', note: 'Physio on Friday', acknowledgedBy: 'tom', acknowledgedAt: '2026-11-23T09:00:00Z', findingPresent: true, findingSeverity: 'red',
      }),
    })
    const { wrapper } = await mountApp('/athletes/150?week=2026-W47')
    await until(() => wrapper.findAll('[data-test="finding"]').length === 2)
    const pain = wrapper.get('[data-test="finding"][data-rule="pain"]')
    expect(pain.text()).toContain('Red: act now')
    expect(pain.text()).toContain('Back off; see a physio.')
    expect(pain.text()).toContain('dates 2026-11-17')
    const strength = wrapper.get('[data-test="finding"][data-rule="strength"]')
    expect(strength.get('[data-test="acknowledgment"]').text()).toContain('gym closed')
    expect(pain.find('textarea').exists()).toBe(false)
    await pain.get('[data-test="start-acknowledge"]').trigger('click')
    await pain.get('textarea').setValue('Physio on Friday')
    await pain.get('form').trigger('submit')
    await until(() => wrapper.get('[data-test="finding"][data-rule="pain"]').find('[data-test="acknowledgment"]').exists())
    const put = calls.calls.find((c) => c.method === 'PUT')!
    expect(put.body).toEqual({ note: 'Physio on Friday' })
    expect(put.headers.get('X-CSRF-Token')).toBe('csrf-1')
    expect(wrapper.get('[data-test="finding"][data-rule="pain"]').text()).toContain('Physio on Friday')
  })

  it('shows the API\'s words when an acknowledgment is refused', async () => {
    signedIn(COACH)
    api({ 'PUT /athletes/150/scores/2026-W47/findings/pain/acknowledgment': () => problem(404, "finding of rule 'pain' in week 2026-W47 of athlete 150 does not exist", { title: 'Not Found' }) })
    const { wrapper } = await mountApp('/athletes/150?week=2026-W47')
    await until(() => wrapper.findAll('[data-test="finding"]').length === 2)
    await wrapper.get('[data-test="finding"][data-rule="pain"] [data-test="start-acknowledge"]').trigger('click')
    await wrapper.get('[data-test="finding"][data-rule="pain"] form').trigger('submit')
    await until(() => wrapper.find('[data-test="finding"][data-rule="pain"] [data-test="problem"]').exists())
    expect(wrapper.get('[data-test="finding"][data-rule="pain"] [data-test="problem"]').text()).toContain("finding of rule 'pain' in week 2026-W47")
  })

  it('excludes a session with a reason, sending the whole session', async () => {
    signedIn(COACH)
    const calls = api({ 'PUT /sessions/2050': (req: { body: unknown }) => json(200, { ...SESSION, ...(req.body as object), startTime: '07:30:00', version: 3 }) })
    const { wrapper } = await mountApp('/athletes/150?week=2026-W47')
    await until(() => wrapper.find('[data-test="session-row"]').exists())
    const row = wrapper.get('[data-test="session-row"]')
    await row.findAll('button').find((b) => b.text().startsWith('Exclude'))!.trigger('click')
    await wrapper.get('#exclude-reason-2050').setValue('watch recorded the drive home')
    ;(wrapper.get('#exclude-reason-2050').element as HTMLInputElement).form!.dispatchEvent(new Event('submit'))
    await until(() => wrapper.get('[data-test="session-row"]').text().includes('Excluded'))
    const put = calls.calls.find((c) => c.method === 'PUT')!
    expect(put.body).toMatchObject({ date: '2026-11-17', type: 'intervals', movingMinutes: 52, rpe: 8, pain: true, painLocation: 'left achilles', excluded: true, excludedReason: 'watch recorded the drive home', startTime: '07:30' })
  })

  it('puts field errors of a refused edit next to their inputs', async () => {
    signedIn(COACH)
    api({ 'PUT /sessions/2050': () => problem(400, 'avgHr must be between 25 and 250', { title: 'Invalid input', errors: [{ field: 'avgHr', message: 'avgHr must be between 25 and 250' }] }) })
    const { wrapper } = await mountApp('/athletes/150?week=2026-W47')
    await until(() => wrapper.find('[data-test="session-row"]').exists())
    await wrapper.get('[data-test="session-row"]').findAll('button').find((b) => b.text().startsWith('Edit'))!.trigger('click')
    await wrapper.get('form.edit-session').trigger('submit')
    await until(() => wrapper.find('.edit-session .field__error').exists())
    expect(wrapper.get('.edit-session .field__error').text()).toBe('avgHr must be between 25 and 250')
    const input = wrapper.findAll('.edit-session input').find((i) => i.attributes('aria-invalid') === 'true')!
    expect(input.attributes('aria-describedby')).toContain('error')
    expect(wrapper.get('.edit-session [data-test="problem"]').text()).toContain('avgHr must be between 25 and 250')
  })

  it('has no serious accessibility violation', async () => {
    signedIn(COACH)
    api()
    const { wrapper } = await mountApp('/athletes/150?week=2026-W47')
    await until(() => wrapper.find('[data-test="health-event-row"]').exists() || wrapper.text().includes('None recorded'))
    expect(await axeViolations()).toEqual([])
  })

  it('says so when the athlete does not exist', async () => {
    signedIn(COACH)
    mockApi({
      'GET /athletes/999': () => problem(404, 'athlete 999 does not exist', { title: 'Not Found' }),
      'GET /athletes/999/timeline': () => problem(404, 'athlete 999 does not exist'),
      'GET /athletes/999/scores': () => problem(404, 'athlete 999 does not exist'),
      'GET /athletes/999/sessions': () => problem(404, 'athlete 999 does not exist'),
    })
    const { wrapper } = await mountApp('/athletes/999')
    await until(() => wrapper.find('[data-test="problem"]').exists())
    expect(wrapper.get('[data-test="problem"]').text()).toContain('athlete 999 does not exist')
    expect(wrapper.get('h1').text()).toBe('Athlete not found')
  })
})
