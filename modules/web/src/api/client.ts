/**
 * A small typed fetch client for the Loadwise API: JSON in and out, application/problem+json turned into an
 * {@link ApiProblem}, the CSRF header on every request that changes anything, a hook for 401 (the session ended),
 * and multipart uploads. It holds no state of its own; the session module gives it the token and the hooks.
 */
import type { ProblemBody, ProblemFieldError } from './types'

export type QueryValue = string | number | boolean | null | undefined
export type Query = Record<string, QueryValue>

export const CSRF_HEADER = 'X-CSRF-Token'
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** An error answered by the API (or the network), in the words of its problem+json body. */
export class ApiProblem extends Error {
  readonly status: number
  readonly title: string
  readonly detail: string
  readonly type: string
  readonly errors: ProblemFieldError[]
  /** Seconds to wait before trying again (Retry-After), when the server said. */
  readonly retryAfterSeconds: number | null
  /** True once the 401 hook took the user to sign in: pages need not show this problem. */
  handled = false

  constructor(status: number, body: ProblemBody, retryAfterSeconds: number | null = null) {
    const title = body.title?.trim() || defaultTitle(status)
    const detail = body.detail?.trim() || title
    super(detail)
    this.name = 'ApiProblem'
    this.status = status
    this.title = title
    this.detail = detail
    this.type = body.type ?? 'about:blank'
    this.errors = Array.isArray(body.errors) ? body.errors : []
    this.retryAfterSeconds = retryAfterSeconds
  }

  /** The message of each named field (several joined), to show next to its input. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {}
    for (const e of this.errors) {
      if (!e.field) continue
      const message = e.message ?? ''
      out[e.field] = out[e.field] ? `${out[e.field]}; ${message}` : message
    }
    return out
  }

  /** Whether this is the 403 given to a change sent without (or with a stale) CSRF token. */
  get isCsrfRejection(): boolean {
    if (this.status !== 403) return false
    const text = `${this.type} ${this.title} ${this.detail}`.toLowerCase()
    return text.includes('csrf')
  }
}

export function defaultTitle(status: number): string {
  switch (status) {
    case 0: return 'The server cannot be reached'
    case 400: return 'Invalid input'
    case 401: return 'Not signed in'
    case 403: return 'Forbidden'
    case 404: return 'Not found'
    case 409: return 'Conflict'
    case 413: return 'Too large'
    case 415: return 'Unsupported media type'
    case 422: return 'Cannot be processed'
    case 429: return 'Too many requests'
    case 503: return 'Service unavailable'
    default: return status >= 500 ? 'Server error' : `HTTP ${status}`
  }
}

/** Retry-After as seconds: a number of seconds or an HTTP date (RFC 9110); null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value == null || value.trim() === '') return null
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  const at = Date.parse(trimmed)
  if (Number.isNaN(at)) return null
  return Math.max(0, Math.ceil((at - now) / 1000))
}

/** Turns an error answer into an ApiProblem, whatever its body: problem+json, other JSON, HTML or nothing. */
export function parseProblem(status: number, statusText: string, contentType: string | null, bodyText: string,
  retryAfter: string | null = null): ApiProblem {
  let body: ProblemBody = {}
  const looksJson = (contentType ?? '').includes('json') || /^\s*[{[]/.test(bodyText)
  if (looksJson && bodyText.trim() !== '') {
    try {
      const parsed: unknown = JSON.parse(bodyText)
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as ProblemBody
    } catch {
      body = {}
    }
  }
  if (!body.title && !body.detail) {
    body = {
      ...body,
      title: defaultTitle(status),
      detail: `The server answered ${status}${statusText ? ` ${statusText}` : ''}${status >= 500 ? '; try again shortly.' : '.'}`,
    }
  }
  return new ApiProblem(status, body, parseRetryAfter(retryAfter))
}

/** '/clubs/50/squad' and {week:'2026-W47', q:null} → '/api/v1/clubs/50/squad?week=2026-W47' */
export function buildUrl(base: string, path: string, query?: Query): string {
  const joined = base.replace(/\/+$/, '') + '/' + path.replace(/^\/+/, '')
  if (!query) return joined
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === '') continue
    params.append(key, String(value))
  }
  const text = params.toString()
  return text ? `${joined}?${text}` : joined
}

export interface RequestOptions {
  query?: Query
  /** A JSON body. */
  body?: unknown
  /** A multipart body (uploads); the browser sets its content type. */
  form?: FormData
  headers?: Record<string, string>
  signal?: AbortSignal
  /** Do not treat a 401 as the end of the session (signing in, checking for a session). */
  allowUnauthorized?: boolean
}

export interface ApiResponse<T> {
  status: number
  data: T
  headers: Headers
}

export interface ClientConfig {
  /** '/api/v1' */
  baseUrl?: string
  fetch?: typeof fetch
  /** The session's CSRF token, sent on every request that changes anything. */
  csrfToken?: () => string | null | undefined
  /** Called once per 401 (unless the request allows it): the session has ended. */
  onUnauthorized?: (problem: ApiProblem) => void
  /** Called when a change was refused for its CSRF token: fetch a fresh token; true to send the change again once. */
  refreshCsrf?: () => Promise<boolean>
}

export interface ApiClient {
  request<T>(method: string, path: string, options?: RequestOptions): Promise<ApiResponse<T>>
  get<T>(path: string, query?: Query, options?: RequestOptions): Promise<T>
  post<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>
  put<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>
  patch<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>
  del<T = void>(path: string, options?: RequestOptions): Promise<T>
  /** POST multipart/form-data: each entry a string or a file. */
  upload<T>(path: string, parts: Record<string, string | Blob | null | undefined>, options?: RequestOptions): Promise<ApiResponse<T>>
  url(path: string, query?: Query): string
}

export function createApiClient(config: ClientConfig = {}): ApiClient {
  const base = config.baseUrl ?? '/api/v1'
  const doFetch: typeof fetch = (input, init) => (config.fetch ?? globalThis.fetch)(input, init)

  async function send<T>(method: string, path: string, options: RequestOptions, mayRetry: boolean): Promise<ApiResponse<T>> {
    const upper = method.toUpperCase()
    // X-Requested-With: the API then answers 401 without a Basic challenge, so the browser shows no password dialog
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      'X-Requested-With': 'XMLHttpRequest',
      ...options.headers,
    }
    let body: BodyInit | undefined
    if (options.form) {
      body = options.form
    } else if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(options.body)
    }
    if (WRITE_METHODS.has(upper)) {
      const token = config.csrfToken?.()
      if (token) headers[CSRF_HEADER] = token
    }
    let response: Response
    try {
      response = await doFetch(buildUrl(base, path, options.query), {
        method: upper,
        headers,
        body,
        credentials: 'same-origin',
        signal: options.signal,
      })
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') throw e
      throw new ApiProblem(0, {
        title: 'The server cannot be reached',
        detail: 'Loadwise could not reach the server. Check your connection and try again.',
      })
    }
    if (!response.ok) {
      const text = await response.text().catch(() => '')
      const problem = parseProblem(response.status, response.statusText, response.headers.get('Content-Type'), text,
        response.headers.get('Retry-After'))
      if (problem.status === 401 && !options.allowUnauthorized) {
        config.onUnauthorized?.(problem)
        problem.handled = true
      } else if (problem.isCsrfRejection && mayRetry && WRITE_METHODS.has(upper) && config.refreshCsrf) {
        if (await config.refreshCsrf()) return send<T>(method, path, options, false)
      }
      throw problem
    }
    let data: unknown = undefined
    if (response.status !== 204 && response.status !== 304) {
      const text = await response.text()
      if (text.trim() !== '') {
        const type = response.headers.get('Content-Type') ?? ''
        data = type.includes('json') || /^\s*[{["]/.test(text) ? JSON.parse(text) : text
      }
    }
    return { status: response.status, data: data as T, headers: response.headers }
  }

  const client: ApiClient = {
    request: <T>(method: string, path: string, options: RequestOptions = {}) => send<T>(method, path, options, true),
    get: async <T>(path: string, query?: Query, options: RequestOptions = {}) =>
      (await send<T>('GET', path, { ...options, query: query ?? options.query }, true)).data,
    post: async <T>(path: string, body?: unknown, options: RequestOptions = {}) =>
      (await send<T>('POST', path, { ...options, body }, true)).data,
    put: async <T>(path: string, body?: unknown, options: RequestOptions = {}) =>
      (await send<T>('PUT', path, { ...options, body }, true)).data,
    patch: async <T>(path: string, body?: unknown, options: RequestOptions = {}) =>
      (await send<T>('PATCH', path, { ...options, body }, true)).data,
    del: async <T>(path: string, options: RequestOptions = {}) => (await send<T>('DELETE', path, options, true)).data,
    upload: <T>(path: string, parts: Record<string, string | Blob | null | undefined>, options: RequestOptions = {}) => {
      const form = new FormData()
      for (const [name, value] of Object.entries(parts)) {
        if (value === null || value === undefined || value === '') continue
        if (typeof value === 'string') form.append(name, value)
        else form.append(name, value, value instanceof File ? value.name : name)
      }
      return send<T>('POST', path, { ...options, form }, true)
    },
    url: (path: string, query?: Query) => buildUrl(base, path, query),
  }
  return client
}

/** Whether a thrown value is an ApiProblem (or looks like one after crossing a module boundary). */
export function isApiProblem(e: unknown): e is ApiProblem {
  return e instanceof ApiProblem
}

/** Any thrown value as an ApiProblem, so every error is shown the same way. */
export function toProblem(e: unknown): ApiProblem {
  if (e instanceof ApiProblem) return e
  const message = e instanceof Error ? e.message : String(e)
  return new ApiProblem(0, { title: 'Something went wrong', detail: message || 'Something went wrong in the page.' })
}
