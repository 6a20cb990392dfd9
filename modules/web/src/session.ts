/**
 * The browser session: sign in, sign out, and finding the session again after a reload.
 *
 * The session itself is the HttpOnly cookie; what the page needs besides (who is signed in and the CSRF token) is
 * kept in sessionStorage for this tab, so a reload needs no extra request. A value in localStorage changes on every
 * sign-in and sign-out, so a tab never trusts what it kept after another tab signed out or in as someone else.
 */
import { ApiProblem } from './api/client'
import { hooks, http } from './api/http'
import type { BrowserSession } from './api/types'
import { auth } from './state'

const CACHE_KEY = 'loadwise.session'
const EPOCH_KEY = 'loadwise.sessionEpoch'
/** Set while this browser has signed in and not out: without it there is no session to ask the server for. */
const SIGNED_IN_KEY = 'loadwise.signedIn'
export const LAST_CLUB_KEY = 'loadwise.lastClubId'

interface CachedSession {
  epoch: string | null
  view: BrowserSession
}

function storage(kind: 'local' | 'session'): Storage | null {
  try {
    return kind === 'local' ? window.localStorage : window.sessionStorage
  } catch {
    return null
  }
}

function currentEpoch(): string | null {
  return storage('local')?.getItem(EPOCH_KEY) ?? null
}

function newEpoch(): void {
  storage('local')?.setItem(EPOCH_KEY, `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`)
}

function readCache(): BrowserSession | null {
  const text = storage('session')?.getItem(CACHE_KEY)
  if (!text) return null
  try {
    const cached = JSON.parse(text) as CachedSession
    if (cached.epoch !== currentEpoch() || !cached.view?.me || !cached.view.csrfToken) return null
    return cached.view
  } catch {
    return null
  }
}

function writeCache(view: BrowserSession | null): void {
  const s = storage('session')
  if (!s) return
  if (view) s.setItem(CACHE_KEY, JSON.stringify({ epoch: currentEpoch(), view } satisfies CachedSession))
  else s.removeItem(CACHE_KEY)
}

export function applySession(view: BrowserSession): void {
  auth.me = view.me
  auth.displayName = view.displayName ?? null
  auth.csrfToken = view.csrfToken
  auth.idleTimeoutSeconds = view.idleTimeoutSeconds ?? 1800
  auth.checked = true
  writeCache(view)
}

/** Forgets the session in this tab (after a 401 or a sign-out). */
export function clearSession(): void {
  storage('local')?.removeItem(SIGNED_IN_KEY)
  auth.me = null
  auth.displayName = null
  auth.csrfToken = null
  auth.checked = true
  writeCache(null)
}

let pending: Promise<boolean> | null = null

/** Asks the server for the session (GET /session): true when signed in. */
export function fetchSession(): Promise<boolean> {
  if (!pending) {
    pending = http.get<BrowserSession>('/session', undefined, { allowUnauthorized: true })
      .then((view) => {
        applySession(view)
        return true
      })
      .catch((e: unknown) => {
        // 401: no session; 404: this request was not signed in by a session cookie
        if (e instanceof ApiProblem && (e.status === 401 || e.status === 404)) {
          clearSession()
          return false
        }
        throw e
      })
      .finally(() => {
        pending = null
      })
  }
  return pending
}

/** True when signed in: from this tab's memory, its kept copy, or the server. */
export async function ensureSession(): Promise<boolean> {
  if (auth.checked && auth.me) return true
  const cached = readCache()
  if (cached) {
    applySession(cached)
    return true
  }
  if (auth.checked && !auth.me) return false
  // never signed in here (or signed out since): no need to ask, and no 401 in the browser's console
  if (!storage('local')?.getItem(SIGNED_IN_KEY)) {
    auth.checked = true
    return false
  }
  return fetchSession()
}

export async function signIn(username: string, password: string): Promise<BrowserSession> {
  const response = await http.request<BrowserSession>('POST', '/session', {
    body: { username, password },
    allowUnauthorized: true,
  })
  newEpoch()
  storage('local')?.setItem(SIGNED_IN_KEY, '1')
  applySession(response.data)
  return response.data
}

/** True while this tab signs out on purpose (the page then goes to sign in by itself). */
export const signingOut = { now: false }

export async function signOut(): Promise<void> {
  signingOut.now = true
  try {
    await http.del('/session', { allowUnauthorized: true })
  } finally {
    newEpoch()
    clearSession()
  }
}

/** Where to go after signing in, or from '/': the user's club, a platform admin's last club, or the club list. */
export function homePath(): string {
  const me = auth.me
  if (!me) return '/sign-in'
  if (me.clubId != null) return `/clubs/${me.clubId}/squad`
  const last = Number(storage('local')?.getItem(LAST_CLUB_KEY))
  if (Number.isInteger(last) && last > 0) return `/clubs/${last}/squad`
  return '/clubs'
}

export function rememberClub(clubId: number): void {
  storage('local')?.setItem(LAST_CLUB_KEY, String(clubId))
}

export function forgetClub(): void {
  storage('local')?.removeItem(LAST_CLUB_KEY)
}

/** A 'next' parameter that is safe to follow: a path of this site, never another origin. */
export function safeNext(next: unknown): string | null {
  const text = Array.isArray(next) ? next[0] : next
  if (typeof text !== 'string' || !text.startsWith('/') || text.startsWith('//') || text.startsWith('/\\')) return null
  if (text.startsWith('/sign-in')) return null
  return text
}

// A change refused for its CSRF token (the session was renewed elsewhere): fetch the token again and retry once.
hooks.refreshCsrf = async () => {
  try {
    return await fetchSession()
  } catch {
    return false
  }
}

// Another tab signed in or out: what this tab kept may belong to someone else.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== EPOCH_KEY) return
    writeCache(null)
    auth.checked = false
    fetchSession().catch(() => undefined)
  })
}
