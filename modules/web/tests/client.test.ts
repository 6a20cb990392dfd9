import { describe, expect, it, vi } from 'vitest'
import { ApiProblem, buildUrl, createApiClient, parseProblem, parseRetryAfter, toProblem } from '../src/api/client'

type Call = { url: string; init: RequestInit }

function fakeFetch(responses: Array<Response | (() => Response) | Error>) {
  const calls: Call[] = []
  const fn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} })
    const next = responses.shift()
    if (next instanceof Error) throw next
    if (typeof next === 'function') return next()
    if (!next) throw new Error('no more responses')
    return next
  })
  return { fn: fn as unknown as typeof fetch, calls }
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } })
const problem = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json', ...headers } })
const header = (c: Call, name: string) => new Headers(c.init.headers).get(name)

describe('CSRF header', () => {
  it('is sent on POST, PUT, PATCH and DELETE but not on GET', async () => {
    const { fn, calls } = fakeFetch([json(200, {}), json(201, {}), json(200, {}), json(200, {}), new Response(null, { status: 204 })])
    const client = createApiClient({ fetch: fn, csrfToken: () => 'tok-123' })
    await client.get('/clubs/1')
    await client.post('/clubs/1/report-recipients', { email: 'a@b.c' })
    await client.put('/sessions/5', { date: '2026-11-24', type: 'easy' })
    await client.patch('/x', {})
    await client.del('/api-keys/3')
    expect(calls.map((c) => c.init.method)).toEqual(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'])
    expect(header(calls[0], 'X-CSRF-Token')).toBeNull()
    for (const c of calls.slice(1)) expect(header(c, 'X-CSRF-Token')).toBe('tok-123')
  })

  it('is left out when there is no token yet (signing in)', async () => {
    const { fn, calls } = fakeFetch([json(201, { csrfToken: 't' })])
    const client = createApiClient({ fetch: fn, csrfToken: () => null })
    await client.post('/session', { username: 'u', password: 'p' }, { allowUnauthorized: true })
    expect(header(calls[0], 'X-CSRF-Token')).toBeNull()
  })

  it('is refreshed and the change sent again once when the API refuses the token', async () => {
    let token = 'old'
    const { fn, calls } = fakeFetch([
      problem(403, { title: 'Forbidden', status: 403, detail: 'The CSRF token is missing or does not match this session.' }),
      json(200, { ok: true }),
    ])
    const refreshCsrf = vi.fn(async () => {
      token = 'new'
      return true
    })
    const client = createApiClient({ fetch: fn, csrfToken: () => token, refreshCsrf })
    const data = await client.put<{ ok: boolean }>('/sessions/5', {})
    expect(data).toEqual({ ok: true })
    expect(refreshCsrf).toHaveBeenCalledTimes(1)
    expect(header(calls[0], 'X-CSRF-Token')).toBe('old')
    expect(header(calls[1], 'X-CSRF-Token')).toBe('new')
  })

  it('does not retry a 403 that is about permissions', async () => {
    const { fn, calls } = fakeFetch([problem(403, { title: 'Forbidden', status: 403, detail: 'A coach may not PUT /clubs/{clubId}; it needs a club admin.' })])
    const refreshCsrf = vi.fn(async () => true)
    const client = createApiClient({ fetch: fn, csrfToken: () => 't', refreshCsrf })
    await expect(client.put('/clubs/1', {})).rejects.toMatchObject({ status: 403, detail: expect.stringContaining('club admin') })
    expect(refreshCsrf).not.toHaveBeenCalled()
    expect(calls).toHaveLength(1)
  })
})

describe('requests', () => {
  it('sends JSON with credentials of this site and reads JSON back', async () => {
    const { fn, calls } = fakeFetch([json(201, { id: 7 })])
    const client = createApiClient({ fetch: fn })
    const res = await client.request<{ id: number }>('POST', '/clubs/1/users', { body: { username: 'tom' } })
    expect(res.status).toBe(201)
    expect(res.data).toEqual({ id: 7 })
    expect(calls[0].url).toBe('/api/v1/clubs/1/users')
    expect(calls[0].init.credentials).toBe('same-origin')
    expect(header(calls[0], 'Content-Type')).toBe('application/json')
    expect(calls[0].init.body).toBe('{"username":"tom"}')
    // so that a 401 carries no Basic challenge and the browser shows no password dialog
    expect(header(calls[0], 'X-Requested-With')).toBe('XMLHttpRequest')
  })

  it('puts the query in the address and leaves out empty values', async () => {
    const { fn, calls } = fakeFetch([json(200, {})])
    const client = createApiClient({ fetch: fn })
    await client.get('/clubs/50/squad', { week: '2026-W47', status: null, q: '', page: 0 })
    expect(calls[0].url).toBe('/api/v1/clubs/50/squad?week=2026-W47&page=0')
  })

  it('answers undefined for 204', async () => {
    const { fn } = fakeFetch([new Response(null, { status: 204 })])
    const client = createApiClient({ fetch: fn, csrfToken: () => 't' })
    await expect(client.del('/session')).resolves.toBeUndefined()
  })

  it('uploads multipart with the file, the athlete and the CSRF header, letting the browser set the boundary', async () => {
    const { fn, calls } = fakeFetch([json(202, { id: 300, status: 'validating' })])
    const client = createApiClient({ fetch: fn, csrfToken: () => 'tok' })
    const file = new File(['Date,Minutes\n2026-11-24,52\n'], 'november.csv', { type: 'text/csv' })
    const res = await client.upload<{ id: number }>('/clubs/50/imports', { file, athleteId: '150', createAthletes: null })
    expect(res.status).toBe(202)
    const body = calls[0].init.body as FormData
    expect(body).toBeInstanceOf(FormData)
    expect((body.get('file') as File).name).toBe('november.csv')
    expect(body.get('athleteId')).toBe('150')
    expect(body.has('createAthletes')).toBe(false)
    expect(header(calls[0], 'Content-Type')).toBeNull()
    expect(header(calls[0], 'X-CSRF-Token')).toBe('tok')
  })
})

describe('problems', () => {
  it('turns problem+json into an ApiProblem with its detail and field errors', async () => {
    const { fn } = fakeFetch([problem(400, {
      type: 'about:blank', title: 'Invalid input', status: 400, detail: 'RPE must be between 0 and 10 (CR-10 scale)',
      errors: [{ field: 'rpe', message: 'RPE must be between 0 and 10 (CR-10 scale)' }, { field: 'date', message: 'date is required (YYYY-MM-DD)' }],
    })])
    const client = createApiClient({ fetch: fn, csrfToken: () => 't' })
    const error = await client.put('/sessions/1', {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiProblem)
    const p = error as ApiProblem
    expect(p.status).toBe(400)
    expect(p.title).toBe('Invalid input')
    expect(p.detail).toBe('RPE must be between 0 and 10 (CR-10 scale)')
    expect(p.message).toBe(p.detail)
    expect(p.fieldErrors()).toEqual({ rpe: 'RPE must be between 0 and 10 (CR-10 scale)', date: 'date is required (YYYY-MM-DD)' })
  })

  it('keeps the row errors of an upload', () => {
    const p = parseProblem(422, '', 'application/problem+json', JSON.stringify({
      title: 'File cannot be imported', status: 422, detail: 'no header row',
      errors: [{ field: 'file', message: 'bad', sheet: 'Sessions', row: 4, column: 'Minutes', value: '11x', fix: 'write minutes' }],
    }))
    expect(p.errors[0]).toMatchObject({ sheet: 'Sessions', row: 4, column: 'Minutes', value: '11x' })
  })

  it('words an answer without a problem body, such as a proxy error page', () => {
    const p = parseProblem(502, 'Bad Gateway', 'text/html', '<html><body>Bad gateway</body></html>')
    expect(p.status).toBe(502)
    expect(p.title).toBe('Server error')
    expect(p.detail).toBe('The server answered 502 Bad Gateway; try again shortly.')
  })

  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('30')).toBe(30)
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:30 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).toBe(30)
    expect(parseRetryAfter(null)).toBeNull()
    expect(parseRetryAfter('soon')).toBeNull()
  })

  it('gives a 429 its wait', async () => {
    const { fn } = fakeFetch([problem(429, { title: 'Too many attempts', status: 429, detail: 'Too many wrong passwords; retry in 60 s.' }, { 'Retry-After': '60' })])
    const client = createApiClient({ fetch: fn })
    const p = (await client.post('/session', {}, { allowUnauthorized: true }).catch((e: unknown) => e)) as ApiProblem
    expect(p).toMatchObject({ status: 429, retryAfterSeconds: 60, detail: 'Too many wrong passwords; retry in 60 s.' })
  })

  it('says so when the server cannot be reached', async () => {
    const { fn } = fakeFetch([new TypeError('Failed to fetch')])
    const client = createApiClient({ fetch: fn })
    const p = (await client.get('/clubs').catch((e: unknown) => e)) as ApiProblem
    expect(p).toBeInstanceOf(ApiProblem)
    expect(p.status).toBe(0)
    expect(p.detail).toMatch(/could not reach the server/)
  })

  it('wraps any other error so it can be shown the same way', () => {
    const p = toProblem(new Error('boom'))
    expect(p).toBeInstanceOf(ApiProblem)
    expect(p.detail).toBe('boom')
  })
})

describe('401', () => {
  it('calls the hook (the session ended) and marks the problem handled', async () => {
    const { fn } = fakeFetch([problem(401, { title: 'Invalid credentials', status: 401, detail: 'Sign in again.' })])
    const onUnauthorized = vi.fn()
    const client = createApiClient({ fetch: fn, onUnauthorized })
    const p = (await client.get('/clubs/1/squad').catch((e: unknown) => e)) as ApiProblem
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
    expect(onUnauthorized.mock.calls[0][0]).toBe(p)
    expect(p.handled).toBe(true)
  })

  it('leaves a wrong password to the sign-in form', async () => {
    const { fn } = fakeFetch([problem(401, { title: 'Invalid credentials', status: 401, detail: 'The username and password do not match an active user.' })])
    const onUnauthorized = vi.fn()
    const client = createApiClient({ fetch: fn, onUnauthorized })
    const p = (await client.post('/session', {}, { allowUnauthorized: true }).catch((e: unknown) => e)) as ApiProblem
    expect(onUnauthorized).not.toHaveBeenCalled()
    expect(p.handled).toBe(false)
    expect(p.detail).toBe('The username and password do not match an active user.')
  })
})

describe('buildUrl', () => {
  it('joins base and path with one slash', () => {
    expect(buildUrl('/api/v1/', '/imports/3')).toBe('/api/v1/imports/3')
    expect(buildUrl('/api/v1', 'imports/3', { skipInvalid: 'true' })).toBe('/api/v1/imports/3?skipInvalid=true')
  })
})
