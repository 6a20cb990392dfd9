import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CheckInDay, CheckInPage } from '../src/api/types'
import { formFor, requestOf, savedMessage, shortDay, stepSleep } from '../src/checkIn'
import { answeredDays, dayRates, describeDays } from '../src/checkInRates'
import { qrSvg } from '../src/qr'
import { athlete as squadAthlete, squadWeek } from './fixtures'
import { CLUB, COACH, axeViolations, json, mockApi, mountApp, problem, resetApp, signedIn, until, type Recorded } from './helpers'

const TOKEN = 'Abc_def-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'

beforeEach(resetApp)
afterEach(() => {
  resetApp()
  vi.unstubAllGlobals()
})

function day(date: string, extra: Partial<CheckInDay> = {}): CheckInDay {
  return { date, sleepHours: 7, sleepQuality: 3, fatigue: 4, soreness: 3, stress: 2, mood: 2, restingHr: 48, hrvMs: null,
    painScore: 0, painLocation: null, painKind: null, note: null, ...extra }
}

function page(extra: Partial<CheckInPage> = {}): CheckInPage {
  return { firstName: 'Ada', clubName: 'Riverside Harriers', today: '2026-12-07', timeZone: 'Europe/London', answers: null,
    recordedByCoach: false, days: [day('2026-12-05', { sleepHours: 6.5 }), day('2026-12-06', { sleepHours: 8 })],
    linkExpiresAt: '2027-06-05T10:00:00Z', saved: null, kept: [], ...extra }
}

describe('check-in answers', () => {
  it('start from the last check-in\'s sleep and the middle of each scale, with no pain', () => {
    const form = formFor(page())
    expect(form).toMatchObject({ sleepHours: 8, sleepQuality: 3, fatigue: 3, soreness: 3, stress: 3, mood: 3, pain: false, restingHr: '' })
    expect(formFor(page({ days: [] })).sleepHours).toBe(7.5)
  })

  it('show today\'s own answers when correcting them', () => {
    const today = day('2026-12-07', { sleepHours: 6, fatigue: 6, painScore: 4, painLocation: 'knee', painKind: 'dull', note: 'stairs' })
    expect(formFor(page({ answers: today, days: [today] }))).toMatchObject({
      sleepHours: 6, fatigue: 6, pain: true, painScore: 4, painLocation: 'knee', painKind: 'dull', note: 'stairs', restingHr: '48',
    })
  })

  it('send no pain as 0 and nothing for where, and numbers typed with a comma', () => {
    const form = { ...formFor(page()), restingHr: ' 47 ', hrvMs: '71,5', painLocation: 'knee' }
    expect(requestOf(form)).toMatchObject({ restingHr: 47, hrvMs: 71.5, painScore: 0, painLocation: null, painKind: null, note: null })
    expect(requestOf({ ...form, pain: true, painScore: 6, painKind: 'sharp' }))
      .toMatchObject({ painScore: 6, painLocation: 'knee', painKind: 'sharp' })
    expect(requestOf({ ...form, restingHr: 'fifty' }).restingHr).toBe('fifty')
  })

  it('step sleep by half hours within 0 to 16', () => {
    expect(stepSleep(7.5, 0.5)).toBe(8)
    expect(stepSleep(0, -0.5)).toBe(0)
    expect(stepSleep(16, 0.5)).toBe(16)
  })

  it('say what a save did, naming what the coach had recorded', () => {
    expect(savedMessage(page({ saved: 'created' }))).toContain('Thanks, Ada')
    expect(savedMessage(page({ saved: 'added', kept: ['sleepHours', 'fatigue'] })))
      .toBe('Saved. Your coach had already recorded sleep hours and fatigue for today; those stay as they recorded them.')
    expect(shortDay('2026-12-07')).toBe('Mon 7')
  })

  it('draw the link as a QR code', async () => {
    const svg = await qrSvg(`https://lw.example.org/check-in/${TOKEN}`)
    expect(svg).toMatch(/^<svg/)
    expect(svg).toContain('<path')
  })
})

describe('check-in page', () => {
  it('opens from the link without signing in, and saves the answers in one tap', async () => {
    const api = mockApi({
      [`GET /check-in/${TOKEN}`]: page(),
      [`PUT /check-in/${TOKEN}`]: (req: Recorded) => json(200, page({ saved: 'created', answers: day('2026-12-07', req.body as Partial<CheckInDay>) })),
    })
    const { wrapper } = await mountApp(`/check-in/${TOKEN}`)
    await until(() => wrapper.find('[data-test="check-in-save"]').exists())
    expect(wrapper.text()).toContain('Good morning, Ada')
    expect(wrapper.text()).toContain('Riverside Harriers · Monday 7 December')
    expect(wrapper.find('header.app-header').exists() || wrapper.find('[data-test="user"]').exists()).toBe(false)
    expect(wrapper.get('[data-test="sleep-hours"]').text()).toBe('8 h')
    await wrapper.get('[data-test="sleep-less"]').trigger('click')
    await wrapper.get('[data-test="scale-fatigue"] input[value="5"]').setValue(true)
    await wrapper.get('#resting-hr').setValue('49')
    await wrapper.get('[data-test="check-in-save"]').trigger('submit')
    await until(() => wrapper.find('[data-test="check-in-saved"]').exists())
    const put = api.calls.find((c) => c.method === 'PUT')!
    expect(put.body).toMatchObject({ sleepHours: 7.5, fatigue: 5, restingHr: 49, painScore: 0 })
    expect(put.headers.get('X-CSRF-Token')).toBeNull()
    expect(api.paths()).toEqual([`GET /check-in/${TOKEN}`, `PUT /check-in/${TOKEN}`])
    expect(wrapper.get('[data-test="check-in-saved"]').text()).toContain('Thanks, Ada')
    expect(wrapper.get('[data-test="check-in-save"]').text()).toBe('Save changes')
    expect(wrapper.get('[data-test="check-in-days"]').text()).toContain('Sat 5')
    expect(await axeViolations()).toEqual([])
  })

  it('asks for pain details only when there is pain', async () => {
    const api = mockApi({ [`GET /check-in/${TOKEN}`]: page(), [`PUT /check-in/${TOKEN}`]: page({ saved: 'created' }) })
    const { wrapper } = await mountApp(`/check-in/${TOKEN}`)
    await until(() => wrapper.find('[data-test="pain-some"]').exists())
    expect(wrapper.find('#pain-location').exists()).toBe(false)
    await wrapper.get('[data-test="pain-some"] input').trigger('change')
    await until(() => wrapper.find('#pain-location').exists())
    await wrapper.get('input[name="painScore"][value="6"]').setValue(true)
    await wrapper.get('#pain-location').setValue('achilles')
    await wrapper.get('input[name="painKind"][value="sharp"]').setValue(true)
    await wrapper.get('form').trigger('submit')
    await until(() => api.calls.some((c) => c.method === 'PUT'))
    expect(api.calls.find((c) => c.method === 'PUT')!.body).toMatchObject({ painScore: 6, painLocation: 'achilles', painKind: 'sharp' })
    expect(await axeViolations()).toEqual([])
  })

  it('shows each answer the API refused next to it', async () => {
    mockApi({
      [`GET /check-in/${TOKEN}`]: page(),
      [`PUT /check-in/${TOKEN}`]: () => problem(400, '2 answers need a look', {
        title: 'Invalid input',
        errors: [{ field: 'restingHr', message: 'morning resting HR must be between 25 and 150 bpm' },
          { field: 'fatigue', message: 'fatigue must be between 1 and 7 (7 = worst)' }],
      }),
    })
    const { wrapper } = await mountApp(`/check-in/${TOKEN}`)
    await until(() => wrapper.find('#resting-hr').exists())
    await wrapper.get('#resting-hr').setValue('12')
    await wrapper.get('form').trigger('submit')
    await until(() => wrapper.find('[data-test="check-in-problem"]').exists())
    expect(wrapper.get('[data-test="check-in-problem"]').text()).toContain('Please check the answers marked below.')
    expect(wrapper.get('#resting-hr').attributes('aria-invalid')).toBe('true')
    expect(wrapper.text()).toContain('morning resting HR must be between 25 and 150 bpm')
    expect(wrapper.get('[data-test="scale-fatigue"]').text()).toContain('fatigue must be between 1 and 7 (7 = worst)')
  })

  it('says plainly when the link has expired, and shows no form', async () => {
    mockApi({
      [`GET /check-in/${TOKEN}`]: () => problem(410, 'This check-in link has expired. Ask your coach for a new one.', { title: 'Link expired' }),
    })
    const { wrapper } = await mountApp(`/check-in/${TOKEN}`)
    await until(() => wrapper.find('[data-test="check-in-gone"]').exists())
    expect(wrapper.get('h1').text()).toBe('This link has expired')
    expect(wrapper.text()).toContain('Ask your coach for a new one.')
    expect(wrapper.find('form').exists()).toBe(false)
    expect(document.title).toBe('Daily check-in · Loadwise')
    expect(await axeViolations()).toEqual([])
  })

  it('tells a revoked link from an expired one, and an unknown one', async () => {
    mockApi({ [`GET /check-in/${TOKEN}`]: () => problem(410, 'This check-in link no longer works.', { title: 'Link revoked' }) })
    const revoked = await mountApp(`/check-in/${TOKEN}`)
    await until(() => revoked.wrapper.find('[data-test="check-in-gone"]').exists())
    expect(revoked.wrapper.get('h1').text()).toBe('This link no longer works')
    resetApp()
    mockApi({})
    const unknown = await mountApp('/check-in/nothing-here')
    await until(() => unknown.wrapper.find('[data-test="check-in-gone"]').exists())
    expect(unknown.wrapper.get('h1').text()).toBe('Link not found')
  })

  it('tells an athlete whose coach recorded today that their values stay', async () => {
    mockApi({
      [`GET /check-in/${TOKEN}`]: page({ recordedByCoach: true }),
      [`PUT /check-in/${TOKEN}`]: page({ recordedByCoach: true, saved: 'added', kept: ['sleepHours'] }),
    })
    const { wrapper } = await mountApp(`/check-in/${TOKEN}`)
    await until(() => wrapper.find('form').exists())
    expect(wrapper.text()).toContain('Your coach has already recorded today.')
    await wrapper.get('form').trigger('submit')
    await until(() => wrapper.find('[data-test="check-in-saved"]').exists())
    expect(wrapper.get('[data-test="check-in-saved"]').text()).toContain('had already recorded sleep hours for today')
  })
})

describe('reminder unsubscribe page', () => {
  it('asks first, then stops the reminders', async () => {
    const api = mockApi({ [`POST /check-in-unsubscribe/${TOKEN}`]: { firstName: 'Ada', unsubscribed: true } })
    const { wrapper } = await mountApp(`/check-in-unsubscribe/${TOKEN}`)
    await until(() => wrapper.find('[data-test="unsubscribe"]').exists())
    expect(api.calls).toHaveLength(0)
    await wrapper.get('[data-test="unsubscribe"]').trigger('click')
    await until(() => wrapper.find('[data-test="unsubscribed"]').exists())
    expect(wrapper.get('[data-test="unsubscribed"]').text()).toContain('Ada, you will get no more check-in reminder emails.')
  })
})

describe('check-in links page', () => {
  const athlete = (id: number, name: string, state: string) => ({ athleteId: id, athleteName: name, state, reminders: false,
    issuedAt: state === 'none' ? null : '2026-12-01T09:00:00Z', expiresAt: state === 'none' ? null : '2027-05-30T09:00:00Z',
    issuedBy: state === 'none' ? null : 'tom', lastUsedAt: null, revokedAt: null, reminderEmail: null })

  it('issues a link and shows it once with its QR code; revokes one', async () => {
    signedIn(COACH)
    let state = 'none'
    const api = mockApi({
      'GET /clubs/50': CLUB,
      'GET /clubs/50/check-in-links': () => json(200, { clubId: 50, linkDays: 180,
        items: [athlete(7, 'Ada Okafor', state), athlete(8, 'Ben Ito', 'active')] }),
      'POST /athletes/7/check-in-link': () => {
        state = 'active'
        return json(201, { token: TOKEN, url: `http://localhost/check-in/${TOKEN}`, link: athlete(7, 'Ada Okafor', 'active') })
      },
      'DELETE /athletes/8/check-in-link': () => new Response(null, { status: 204 }),
    })
    const { wrapper } = await mountApp('/clubs/50/check-in')
    await until(() => wrapper.findAll('[data-test="issue-link"]').length === 2)
    expect(wrapper.text()).toContain('A link works for 180 days')
    await wrapper.get('[data-athlete="7"] [data-test="issue-link"]').trigger('click')
    await until(() => wrapper.find('[data-test="qr"]').exists())
    expect(wrapper.get('[data-test="issued-url"]').text()).toBe(`http://localhost/check-in/${TOKEN}`)
    expect(wrapper.get('[data-test="qr"]').attributes('src')).toMatch(/^data:image\/svg\+xml/)
    expect(wrapper.get('[data-athlete="7"] [data-test="link-state"]').text()).toBe('Active')
    expect(api.calls.find((c) => c.method === 'POST')!.headers.get('X-CSRF-Token')).toBe('csrf-1')
    expect(await axeViolations()).toEqual([])

    await wrapper.get('[data-athlete="8"] [data-test="revoke-link"]').trigger('click')
    const confirm = wrapper.findAll('[data-athlete="8"] button').find((b) => b.text() === 'Revoke')!
    await confirm.trigger('click')
    await until(() => api.calls.some((c) => c.method === 'DELETE'))
    await until(() => wrapper.text().includes("Ben Ito's link no longer works."))
  })
})

describe('check-in response rates on the squad page', () => {
  // 2026-W47 runs from Monday 16 to Sunday 22 November
  const ada = { checkInDates: ['2026-11-16', '2026-11-17', '2026-11-19'] }
  const ben = { checkInDates: ['2026-11-17'] }
  const cai = { checkInDates: [] }

  it('count who answered on each day, Monday first', () => {
    const rates = dayRates([ada, ben, cai], '2026-W47')
    expect(rates.map((r) => `${r.label} ${r.answered}/${r.of}`))
      .toEqual(['Mon 16 1/3', 'Tue 17 2/3', 'Wed 18 0/3', 'Thu 19 1/3', 'Fri 20 0/3', 'Sat 21 0/3', 'Sun 22 0/3'])
    expect(answeredDays(ada, '2026-W47')).toEqual([true, true, false, true, false, false, false])
    expect(describeDays(ada, '2026-W47')).toBe('Check-ins on Mon 16, Tue 17, Thu 19 (3 of 7 days)')
    expect(describeDays(cai, '2026-W47')).toBe('No check-ins this week')
  })

  it('show each athlete\'s days and the squad\'s rate per day', async () => {
    signedIn(COACH)
    const week = squadWeek()
    week.athletes = [squadAthlete({ athleteId: 1, name: 'Ada Okafor', checkInDates: ada.checkInDates }),
      squadAthlete({ athleteId: 2, name: 'Ben Ito', checkInDates: ben.checkInDates })]
    mockApi({ 'GET /clubs/50': CLUB, 'GET /clubs/50/squad': week })
    const { wrapper } = await mountApp('/clubs/50/squad')
    await until(() => wrapper.find('[data-test="check-in-rates"]').exists())
    expect(wrapper.get('[data-test="check-in-rates"]').text()).toContain('Tue 17 2/2')
    const dots = wrapper.findAll('[data-test="check-in-dots"]')
    expect(dots.map((d) => d.attributes('aria-label'))).toContain('Check-ins on Mon 16, Tue 17, Thu 19 (3 of 7 days)')
    expect(await axeViolations()).toEqual([])
  })

  it('leave the line out while nobody checks in', async () => {
    signedIn(COACH)
    mockApi({ 'GET /clubs/50': CLUB, 'GET /clubs/50/squad': squadWeek() })
    const { wrapper } = await mountApp('/clubs/50/squad')
    await until(() => wrapper.find('[data-test="status-counts"]').exists())
    expect(wrapper.find('[data-test="check-in-rates"]').exists()).toBe(false)
  })
})
