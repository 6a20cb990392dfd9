/** The application's API client, wired to the session: its CSRF token, the 401 hook and token refresh. */
import { createApiClient, type ApiProblem } from './client'
import { auth } from '../state'

export const hooks = {
  unauthorized: null as ((problem: ApiProblem) => void) | null,
  refreshCsrf: null as (() => Promise<boolean>) | null,
}

let lastActivity = Date.now()

/** When this tab last talked to the API (the session's idle time runs from there). */
export function lastApiActivity(): number {
  return lastActivity
}

export const http = createApiClient({
  baseUrl: '/api/v1',
  fetch: (input, init) => {
    lastActivity = Date.now()
    return globalThis.fetch(input, init)
  },
  csrfToken: () => auth.csrfToken,
  onUnauthorized: (problem) => hooks.unauthorized?.(problem),
  refreshCsrf: () => (hooks.refreshCsrf ? hooks.refreshCsrf() : Promise.resolve(false)),
})
