import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AthleteView, PlanCheckView, PlanComparisonView, PlanWeekRequest, PlanWeekView } from '../src/api/types'
import { CLUB, COACH, axeViolations, json, mockApi, mountApp, problem, resetApp, signedIn, until } from './helpers'

beforeEach(() => resetApp())
afterEach(() => {
  resetApp()
  vi.unstubAllGlobals()
})

const ATHLETE: AthleteView = { id: 150, clubId: 50, memberId: 'RH-001', name: 'Ada Okafor', sex: 'female', level: 'intermediate', active: true, version: 1 }
const PLAN: PlanWeekView = {
  athleteId: 150, week: '2026-W51', monday: '2026-12-14', sunday: '2026-12-20', plannedLoad: 760, withoutLoad: 0,
  sessions: [
    { id: 7, athleteId: 150, date: '2026-12-15', type: 'intervals', minutes: 50, intendedRpe: 8, plannedLoad: 400, source: 'api' },
    { id: 8, athleteId: 150, date: '2026-12-16', type: 'hills', minutes: 45, intendedRpe: 8, plannedLoad: 360, source: 'api' },
  ],
}
const CHECK: PlanCheckView = {
  athleteId: 150, week: '2026-W51', monday: '2026-12-14', sunday: '2026-12-20', plannedFrom: '2026-12-14', level: 'intermediate',
  sessions: [], restDays: ['2026-12-14', '2026-12-17', '2026-12-18', '2026-12-19', '2026-12-20'],
  findings: [{
    ruleId: 'buffer-day', severity: 'amber', wording: 'Tue intervals then Wed hills: no buffer day between them',
    message: 'Back-to-back hard days: intervals (50 min) on Tue 15 Dec, then hills (45 min) on Wed 16 Dec.',
    advice: 'Follow every hard session with an easy run.', evidence: 'dates 2026-12-15, 2026-12-16', evidenceStrength: 'expert opinion',
    dates: ['2026-12-15', '2026-12-16'], fromPlan: true,
  }],
  projected: { weeklyLoad: 760, usualWeeklyLoad: 840, ramp: 0.9, ewmaAcwr: 1.1, score: 74, status: 'amber' },
}

function api(extra: Record<string, unknown> = {}) {
  return mockApi({
    'GET /athletes/150': ATHLETE,
    'GET /clubs/50': CLUB,
    'GET /athletes/150/plan/2026-W51': PLAN,
    'GET /athletes/150/plan/2026-W51/check': CHECK,
    ...extra,
  })
}

function dragEvent(type: string) {
  const data = new Map<string, string>()
  const dataTransfer = { setData: (k: string, v: string) => data.set(k, v), getData: (k: string) => data.get(k) ?? '', effectAllowed: '' }
  const event = new Event(type, { bubbles: true, cancelable: true }) as DragEvent
  Object.defineProperty(event, 'dataTransfer', { value: dataTransfer })
  return { event, dataTransfer }
}

describe('plan page', () => {
  it('shows the week grid with the plan and what it would trigger, worded by day', async () => {
    signedIn(COACH)
    api()
    const { wrapper } = await mountApp('/athletes/150/plan?week=2026-W51')
    await until(() => wrapper.findAll('[data-test="plan-finding"]').length === 1)
    expect(wrapper.get('[data-test="plan-title"]').text()).toContain('51')
    const days = wrapper.findAll('[data-test="plan-day"]')
    expect(days.map((d) => d.attributes('data-date'))).toEqual(['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18',
      '2026-12-19', '2026-12-20'])
    expect(days[1].find('[data-test="planned-session"]').attributes('data-type')).toBe('intervals')
    expect(days[0].text()).toContain('Rest')
    expect(wrapper.get('[data-test="plan-finding"]').text()).toContain('Tue intervals then Wed hills: no buffer day between them')
    expect(wrapper.get('[data-test="plan-finding"]').text()).toContain('expert opinion')
    expect(wrapper.get('[data-test="plan-projection"]').text()).toContain('760')
    expect(wrapper.get('[data-test="plan-load"]').text()).toContain('760')
    expect(wrapper.find('[data-test="save-plan"]').attributes('disabled')).toBeDefined()
    expect(await axeViolations()).toEqual([])
  })

  it('adds a dragged type to a day with its typical values and saves the whole week', async () => {
    signedIn(COACH)
    let sent: PlanWeekRequest | null = null
    const calls = api({
      'PUT /athletes/150/plan/2026-W51': (req: { body: unknown }) => {
        sent = req.body as PlanWeekRequest
        return json(200, { ...PLAN, sessions: [...PLAN.sessions, { id: 9, athleteId: 150, date: '2026-12-20', type: 'long', minutes: 90,
          intendedRpe: 4, plannedLoad: 360, source: 'api' }] })
      },
    })
    const { wrapper } = await mountApp('/athletes/150/plan?week=2026-W51')
    await until(() => wrapper.findAll('[data-test="plan-day"]').length === 7)

    const { event, dataTransfer } = dragEvent('dragstart')
    wrapper.get('[data-test="palette-type"][data-type="long"]').element.dispatchEvent(event)
    expect(dataTransfer.getData('text/plain')).toBe('long')
    const sunday = wrapper.findAll('[data-test="plan-day"]')[6]
    const drop = dragEvent('drop')
    drop.dataTransfer.setData('text/plain', 'long')
    sunday.element.dispatchEvent(drop.event)
    await until(() => sunday.find('[data-test="planned-session"]').exists())
    expect(sunday.get('[data-test="planned-minutes"]').element).toHaveProperty('value', '90')
    expect(sunday.get('[data-test="planned-rpe"]').element).toHaveProperty('value', '4')
    expect(wrapper.find('[data-test="unsaved"]').exists()).toBe(true)

    const checksBefore = calls.paths().filter((p) => p.endsWith('/check')).length
    await wrapper.get('[data-test="save-plan"]').trigger('click')
    await until(() => sent !== null && calls.paths().filter((p) => p.endsWith('/check')).length > checksBefore)
    expect(sent!.sessions).toEqual([
      { date: '2026-12-15', type: 'intervals', minutes: 50, intendedRpe: 8 },
      { date: '2026-12-16', type: 'hills', minutes: 45, intendedRpe: 8 },
      { date: '2026-12-20', type: 'long', minutes: 90, intendedRpe: 4 },
    ])
    await until(() => !wrapper.find('[data-test="unsaved"]').exists())
  })

  it('offers a click alternative to dragging, edits values and refuses a session without minutes before sending', async () => {
    signedIn(COACH)
    const calls = api()
    const { wrapper } = await mountApp('/athletes/150/plan?week=2026-W51')
    await until(() => wrapper.findAll('[data-test="plan-day"]').length === 7)
    const chip = wrapper.get('[data-test="palette-type"][data-type="tempo"]')
    await chip.trigger('click')
    expect(chip.attributes('aria-pressed')).toBe('true')
    const thursday = wrapper.findAll('[data-test="plan-day"]')[3]
    expect(thursday.get('[data-test="add-here"]').text()).toContain('Tempo')
    await thursday.get('[data-test="add-here"]').trigger('click')
    expect(thursday.get('[data-test="planned-session"]').attributes('data-type')).toBe('tempo')
    await thursday.get('[data-test="planned-minutes"]').setValue('')
    await wrapper.get('[data-test="save-plan"]').trigger('click')
    expect(thursday.text()).toContain('planned minutes are required for a tempo session')
    expect(thursday.get('[data-test="planned-minutes"]').attributes('aria-invalid')).toBe('true')
    expect(calls.paths().some((p) => p.startsWith('PUT'))).toBe(false)

    await thursday.get('[data-test="remove-planned"]').trigger('click')
    expect(thursday.find('[data-test="planned-session"]').exists()).toBe(false)
    // a day holds three sessions at most: the Add button goes
    const tuesday = wrapper.findAll('[data-test="plan-day"]')[1]
    await tuesday.get('[data-test="add-here"]').trigger('click')
    await tuesday.get('[data-test="add-here"]').trigger('click')
    expect(tuesday.findAll('[data-test="planned-session"]')).toHaveLength(3)
    expect(tuesday.find('[data-test="add-here"]').exists()).toBe(false)
  })

  it('shows the server’s problem when the week cannot be saved', async () => {
    signedIn(COACH)
    api({
      'PUT /athletes/150/plan/2026-W51': problem(400, 'date 2026-12-21 is not in week 2026-W51',
        { title: 'Invalid input', errors: [{ field: 'sessions[0].date', message: 'date 2026-12-21 is not in week 2026-W51' }] }),
    })
    const { wrapper } = await mountApp('/athletes/150/plan?week=2026-W51')
    await until(() => wrapper.findAll('[data-test="plan-day"]').length === 7)
    await wrapper.findAll('[data-test="plan-day"]')[0].get('[data-test="add-here"]').trigger('click')
    await wrapper.get('[data-test="save-plan"]').trigger('click')
    await until(() => wrapper.text().includes('is not in week 2026-W51'))
  })

  it('checks a Plan sheet first, shows its errors on their cells and uploads it only when it has none', async () => {
    signedIn(COACH)
    const week = { athleteId: 150, memberId: 'RH-001', name: 'Ada Okafor', week: '2026-W51', sessions: 3, plannedLoad: 1110 }
    let uploads = 0
    const calls = api({
      'POST /clubs/50/plan-imports': (req: { query: string }) => {
        uploads++
        const dryRun = req.query.includes('dryRun=true')
        if (uploads === 1) {
          return json(200, { fileName: 'bad.xlsx', format: 'xlsx', sheet: 'Plan', dryRun, committed: false, rows: 2,
            message: '1 error: nothing can be written until it is corrected. Nothing was written.', weeks: [week],
            errors: [{ sheet: 'Plan', row: 3, column: 'Intended RPE (0-10)', columnRef: 'E', value: '11',
              problem: 'intended RPE must be between 0 and 10 (CR-10 scale)', fix: 'use the CR-10 scale: 0 (rest) to 10 (maximal)' }] })
        }
        return json(200, { fileName: 'plan.xlsx', format: 'xlsx', sheet: 'Plan', dryRun, committed: !dryRun, rows: 3, weeks: [week],
          errors: [], message: dryRun ? '1 athlete weeks to replace with 3 planned sessions. Nothing was written.'
            : '1 athlete weeks replaced with 3 planned sessions.' })
      },
    })
    const { wrapper } = await mountApp('/athletes/150/plan?week=2026-W51')
    await until(() => wrapper.find('[data-test="plan-file"]').exists())
    const input = wrapper.get('[data-test="plan-file"]')
    Object.defineProperty(input.element, 'files', { value: [new File(['x'], 'bad.xlsx')], configurable: true })
    await input.trigger('change')
    await until(() => wrapper.find('[data-test="error-table"]').exists())
    expect(wrapper.get('[data-test="error-table"]').text()).toContain('intended RPE must be between 0 and 10')
    expect(wrapper.get('[data-test="plan-upload-commit"]').attributes('disabled')).toBeDefined()

    Object.defineProperty(input.element, 'files', { value: [new File(['x'], 'plan.xlsx')], configurable: true })
    await input.trigger('change')
    await until(() => wrapper.find('[data-test="plan-upload-weeks"]').exists() && !wrapper.find('[data-test="error-table"]').exists())
    expect(wrapper.get('[data-test="plan-upload-weeks"]').text()).toContain('Ada Okafor')
    const reads = calls.paths().filter((p) => p === 'GET /athletes/150/plan/2026-W51').length
    await wrapper.get('[data-test="plan-upload-commit"]').trigger('click')
    await until(() => wrapper.find('[data-test="plan-upload-done"]').exists())
    expect(wrapper.get('[data-test="plan-upload-done"]').text()).toBe('1 athlete weeks replaced with 3 planned sessions.')
    expect(calls.paths().filter((p) => p.startsWith('POST /clubs/50/plan-imports'))).toEqual([
      'POST /clubs/50/plan-imports?dryRun=true', 'POST /clubs/50/plan-imports?dryRun=true', 'POST /clubs/50/plan-imports?dryRun=false'])
    await until(() => calls.paths().filter((p) => p === 'GET /athletes/150/plan/2026-W51').length > reads)
  })

  it('shows planned against done for a week that has begun', async () => {
    signedIn(COACH)
    const comparison: PlanComparisonView = {
      athleteId: 150, week: '2026-W47', today: '2026-11-30',
      items: [
        { date: '2026-11-16', outcome: 'as-planned', planned: { id: 1, athleteId: 150, date: '2026-11-16', type: 'easy', minutes: 40, intendedRpe: 3, source: 'api' },
          done: { sessionId: 11, type: 'easy', movingMinutes: 42, rpe: 3 }, changes: [] },
        { date: '2026-11-17', outcome: 'changed', planned: { id: 2, athleteId: 150, date: '2026-11-17', type: 'tempo', minutes: 45, intendedRpe: 6, source: 'api' },
          done: { sessionId: 12, type: 'easy', movingMinutes: 40, rpe: 3 }, changes: ['type tempo -> easy'] },
        { date: '2026-11-19', outcome: 'missed', planned: { id: 3, athleteId: 150, date: '2026-11-19', type: 'hills', minutes: 45, intendedRpe: 7, source: 'api' },
          done: null, changes: [] },
      ],
      counts: { asPlanned: 1, changed: 1, missed: 1, pending: 0, unplanned: 0 },
    }
    api({
      'GET /athletes/150/plan/2026-W47': { ...PLAN, week: '2026-W47', monday: '2026-11-16', sunday: '2026-11-22', sessions: [] },
      'GET /athletes/150/plan/2026-W47/check': { ...CHECK, week: '2026-W47', findings: [], projected: null },
      'GET /athletes/150/plan/2026-W47/comparison': comparison,
    })
    const { wrapper } = await mountApp('/athletes/150/plan?week=2026-W47')
    await until(() => wrapper.find('[data-test="plan-comparison"]').exists())
    const rows = wrapper.findAll('[data-test="plan-comparison-row"]')
    expect(rows.map((r) => r.attributes('data-outcome'))).toEqual(['as-planned', 'changed', 'missed'])
    expect(rows[1].text()).toContain('type tempo -> easy')
    expect(wrapper.get('[data-test="plan-counts"]').text()).toContain('1 done as planned · 1 changed · 1 missed')
    expect(await axeViolations()).toEqual([])
  })
})
