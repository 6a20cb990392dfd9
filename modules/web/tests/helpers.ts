import { flushPromises, mount } from '@vue/test-utils'
import { vi } from 'vitest'
import App from '../src/App.vue'
import type { Me } from '../src/api/types'
import { createAppRouter } from '../src/router'
import { resetPageReady } from '../src/pageReady'
import { auth, clubContext } from '../src/state'

const mounted: Array<{ unmount: () => void }> = []

export interface Recorded {
  method: string
  path: string
  query: string
  headers: Headers
  body: unknown
}

type Handler = (req: Recorded) => Response | Promise<Response>

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } })
export const problem = (status: number, detail: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type: 'about:blank', title: extra.title ?? 'Error', status, detail, ...extra }),
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } })

/** A fake API: 'GET /clubs/50' → handler; anything else answers 404 problem+json. Records every call. */
export function mockApi(routes: Record<string, Handler | unknown>) {
  const calls: Recorded[] = []
  const fn = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost')
    const path = url.pathname.replace(/^\/api\/v1/, '')
    const method = (init.method ?? 'GET').toUpperCase()
    const rec: Recorded = {
      method, path, query: url.search, headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
    }
    calls.push(rec)
    const route = routes[`${method} ${path}`]
    if (route === undefined) return problem(404, `no fake for ${method} ${path}`, { title: 'Not Found' })
    if (typeof route === 'function') return (route as Handler)(rec)
    if (route instanceof Response) return route.clone()
    return json(200, route)
  })
  vi.stubGlobal('fetch', fn)
  return { fn, calls, paths: () => calls.map((c) => `${c.method} ${c.path}${c.query}`) }
}

export const COACH: Me = { name: 'tom', role: 'coach', clubId: 50, userId: 52 }
export const CLUB_ADMIN: Me = { name: 'anna', role: 'club-admin', clubId: 50, userId: 51 }
export const PLATFORM_ADMIN: Me = { name: 'admin', role: 'platform-admin', clubId: null, userId: 1 }
export const CLUB = { id: 50, name: 'Riverside Harriers', timeZone: 'Europe/London', firstDayOfWeek: 'MONDAY', locale: 'en-GB', version: 1 }

export function resetApp() {
  while (mounted.length) mounted.pop()!.unmount()
  resetPageReady()
  localStorage.clear()
  sessionStorage.clear()
  auth.me = null
  auth.displayName = null
  auth.csrfToken = null
  auth.checked = false
  clubContext.clubId = null
  clubContext.club = null
  document.documentElement.removeAttribute('data-squad-ready')
  document.body.innerHTML = ''
}

/** As after signing in in this tab: the session is kept, so no GET /session is needed. */
export function signedIn(me: Me, csrfToken = 'csrf-1') {
  localStorage.setItem('loadwise.sessionEpoch', 'e1')
  localStorage.setItem('loadwise.signedIn', '1')
  sessionStorage.setItem('loadwise.session', JSON.stringify({ epoch: 'e1', view: { csrfToken, idleTimeoutSeconds: 1800, me } }))
}

export async function mountApp(path: string) {
  const router = createAppRouter()
  const host = document.createElement('div')
  document.body.appendChild(host)
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: host })
  mounted.push(wrapper)
  await router.push(path)
  await router.isReady()
  await flushPromises()
  return { wrapper, router }
}

/** Waits until the condition holds (the app awaits lazy pages and fetches). */
export async function until(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const start = Date.now()
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting')
    await flushPromises()
    await new Promise((r) => setTimeout(r, 10))
  }
}

/** Signed in earlier in this browser, but not in this tab: the session is asked for. */
export function signedInElsewhere() {
  localStorage.setItem('loadwise.signedIn', '1')
}

/** Runs axe-core on the page (colour contrast needs a real browser) and returns the serious and critical violations. */
export async function axeViolations(root: Element = document.body) {
  const axe = (await import('axe-core')).default
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] })
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.html.slice(0, 160)) }))
}
