import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ensureSession, homePath, rememberClub, safeNext } from '../src/session'
import { auth } from '../src/state'
import { COACH, PLATFORM_ADMIN, json, mockApi, problem, resetApp, signedIn, signedInElsewhere } from './helpers'

beforeEach(resetApp)
afterEach(() => vi.unstubAllGlobals())

describe('session', () => {
  it('uses what this tab kept, without asking the server', async () => {
    signedIn(COACH, 'kept')
    const api = mockApi({})
    expect(await ensureSession()).toBe(true)
    expect(auth.csrfToken).toBe('kept')
    expect(api.calls).toHaveLength(0)
  })

  it('does not trust what it kept after another tab signed in or out', async () => {
    signedIn(COACH, 'old')
    localStorage.setItem('loadwise.sessionEpoch', 'e2')
    const api = mockApi({ 'GET /session': json(200, { csrfToken: 'fresh', idleTimeoutSeconds: 900, me: PLATFORM_ADMIN }) })
    expect(await ensureSession()).toBe(true)
    expect(api.paths()).toEqual(['GET /session'])
    expect(auth.csrfToken).toBe('fresh')
    expect(auth.me?.role).toBe('platform-admin')
    expect(auth.idleTimeoutSeconds).toBe(900)
  })

  it('is false without asking when this browser has not signed in', async () => {
    const api = mockApi({})
    expect(await ensureSession()).toBe(false)
    expect(api.calls).toHaveLength(0)
  })

  it('is false when the server has no session', async () => {
    signedInElsewhere()
    mockApi({ 'GET /session': () => problem(401, 'No session.') })
    expect(await ensureSession()).toBe(false)
    expect(auth.me).toBeNull()
  })

  it('is false when the request was not signed in by a session cookie', async () => {
    signedInElsewhere()
    mockApi({ 'GET /session': () => problem(404, 'This request was not signed in by a browser session cookie; sign in with POST /api/v1/session.', { title: 'No browser session' }) })
    expect(await ensureSession()).toBe(false)
  })

  it('asks the server once for several pages at once', async () => {
    signedInElsewhere()
    const api = mockApi({ 'GET /session': json(200, { csrfToken: 'c', idleTimeoutSeconds: 1800, me: COACH }) })
    await Promise.all([ensureSession(), ensureSession(), ensureSession()])
    expect(api.calls).toHaveLength(1)
  })

  it('finds the home page for each kind of user', () => {
    auth.me = COACH
    expect(homePath()).toBe('/clubs/50/squad')
    auth.me = PLATFORM_ADMIN
    expect(homePath()).toBe('/clubs')
    rememberClub(7)
    expect(homePath()).toBe('/clubs/7/squad')
    auth.me = null
    expect(homePath()).toBe('/sign-in')
  })

  it('follows only paths of this site after signing in', () => {
    expect(safeNext('/clubs/50/squad?week=2026-W47')).toBe('/clubs/50/squad?week=2026-W47')
    expect(safeNext(['/athletes/1'])).toBe('/athletes/1')
    expect(safeNext('https://evil.example/')).toBeNull()
    expect(safeNext('//evil.example/')).toBeNull()
    expect(safeNext('/\\evil.example')).toBeNull()
    expect(safeNext('/sign-in?next=/x')).toBeNull()
    expect(safeNext(undefined)).toBeNull()
  })
})
