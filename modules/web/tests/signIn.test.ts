import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { auth } from '../src/state'
import { CLUB, CLUB_ADMIN, PLATFORM_ADMIN, axeViolations, json, mockApi, mountApp, problem, resetApp, until } from './helpers'
import { squadWeek } from './fixtures'

beforeEach(resetApp)
afterEach(() => {
  resetApp()
  vi.unstubAllGlobals()
})

describe('sign in', () => {
  it('sends anyone not signed in to sign in, keeping where they were going, without asking the server', async () => {
    const api = mockApi({ 'GET /session': () => problem(401, 'No session.', { title: 'Unauthorized' }) })
    const { router, wrapper } = await mountApp('/clubs/50/reports')
    await until(() => router.currentRoute.value.name === 'sign-in')
    expect(router.currentRoute.value.query.next).toBe('/clubs/50/reports')
    expect(api.calls).toHaveLength(0)
    await until(() => wrapper.find('#username').exists())
    expect(wrapper.find('header').exists()).toBe(false)
    expect(await axeViolations()).toEqual([])
  })

  it('signs in and goes back to the page asked for', async () => {
    const api = mockApi({
      'POST /session': json(201, { csrfToken: 'c-9', idleTimeoutSeconds: 1800, displayName: 'Anna (head coach)', me: CLUB_ADMIN }),
      'GET /clubs/50': CLUB,
      'GET /clubs/50/squad': squadWeek(),
    })
    const { router, wrapper } = await mountApp('/sign-in?next=%2Fclubs%2F50%2Fsquad%3Fweek%3D2026-W47')
    await until(() => wrapper.find('#username').exists())
    await wrapper.get('#username').setValue('anna')
    await wrapper.get('#password').setValue('a long passphrase here')
    expect(wrapper.find('button[type="submit"]').exists()).toBe(true)
    await wrapper.get('form').trigger('submit')
    await until(() => router.currentRoute.value.fullPath === '/clubs/50/squad?week=2026-W47')
    expect(api.calls[0]).toMatchObject({ method: 'POST', path: '/session', body: { username: 'anna', password: 'a long passphrase here' } })
    expect(auth.csrfToken).toBe('c-9')
    await until(() => wrapper.find('[data-test="nav-settings"]').exists())
    expect(wrapper.get('[data-test="user"]').text()).toContain('Anna (head coach)')
    expect(wrapper.get('[data-test="user"]').text()).toContain('Club admin')
  })

  it('takes a platform admin without a club to the club list', async () => {
    mockApi({
      'POST /session': json(201, { csrfToken: 'c', idleTimeoutSeconds: 1800, me: PLATFORM_ADMIN }),
      'GET /clubs': { items: [CLUB], page: 0, size: 500, total: 1 },
    })
    const { router, wrapper } = await mountApp('/sign-in')
    await until(() => wrapper.find('#username').exists())
    await wrapper.get('#username').setValue('admin')
    await wrapper.get('#password').setValue('x'.repeat(16))
    await wrapper.get('form').trigger('submit')
    await until(() => router.currentRoute.value.path === '/clubs')
    await until(() => wrapper.find('[data-test="club-link"]').exists())
    expect(wrapper.get('[data-test="club-link"]').attributes('href')).toBe('/clubs/50/squad')
  })

  it('shows the API\'s words for wrong credentials, without leaving the page', async () => {
    mockApi({ 'POST /session': () => problem(401, 'The username and password do not match an active user.', { title: 'Invalid credentials' }) })
    const { router, wrapper } = await mountApp('/sign-in')
    await until(() => wrapper.find('#username').exists())
    await wrapper.get('#username').setValue('anna')
    await wrapper.get('#password').setValue('wrong one')
    await wrapper.get('form').trigger('submit')
    await until(() => wrapper.find('[data-test="problem"]').exists())
    expect(wrapper.get('[data-test="problem"]').text()).toContain('The username and password do not match an active user.')
    expect(router.currentRoute.value.name).toBe('sign-in')
  })

  it('says how long to wait after too many wrong passwords', async () => {
    mockApi({ 'POST /session': () => problem(429, 'Too many wrong passwords for this user from this address.', { title: 'Too Many Requests' }, { 'Retry-After': '120' }) })
    const { wrapper } = await mountApp('/sign-in')
    await until(() => wrapper.find('#username').exists())
    await wrapper.get('#username').setValue('anna')
    await wrapper.get('#password').setValue('wrong one')
    await wrapper.get('form').trigger('submit')
    await until(() => wrapper.find('[data-test="problem"]').exists())
    expect(wrapper.get('[data-test="problem"]').text()).toContain('Too many wrong passwords for this user')
    expect(wrapper.get('[data-test="sign-in-wait"]').text()).toBe('You can try again in 2 minutes.')
    expect(wrapper.get('button[type="submit"]').attributes('disabled')).toBeDefined()
  })

  it('asks for both fields before sending anything', async () => {
    const api = mockApi({})
    const { wrapper } = await mountApp('/sign-in')
    await until(() => wrapper.find('#username').exists())
    await wrapper.get('form').trigger('submit')
    expect(api.calls).toHaveLength(0)
    expect(wrapper.get('#username').attributes('aria-invalid')).toBe('true')
    expect(wrapper.text()).toContain('Enter your username.')
  })

  it('signs out with the CSRF header and forgets the session', async () => {
    localStorage.setItem('loadwise.sessionEpoch', 'e1')
    sessionStorage.setItem('loadwise.session', JSON.stringify({ epoch: 'e1', view: { csrfToken: 'c-5', idleTimeoutSeconds: 1800, me: CLUB_ADMIN } }))
    const api = mockApi({ 'GET /clubs/50': CLUB, 'GET /clubs/50/squad': squadWeek(), 'DELETE /session': new Response(null, { status: 204 }) })
    const { router, wrapper } = await mountApp('/clubs/50/squad')
    await until(() => wrapper.find('[data-test="sign-out"]').exists())
    await wrapper.get('[data-test="sign-out"]').trigger('click')
    await until(() => router.currentRoute.value.name === 'sign-in' && router.currentRoute.value.query.signedOut === '1')
    await until(() => wrapper.text().includes('You are signed out.'))
    expect(router.currentRoute.value.query.expired).toBeUndefined()
    const del = api.calls.find((c) => c.method === 'DELETE')!
    expect(del.headers.get('X-CSRF-Token')).toBe('c-5')
    expect(auth.me).toBeNull()
    expect(sessionStorage.getItem('loadwise.session')).toBeNull()
    expect(localStorage.getItem('loadwise.signedIn')).toBeNull()
    expect(localStorage.getItem('loadwise.sessionEpoch')).not.toBe('e1')
  })
})
