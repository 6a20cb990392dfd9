/**
 * The athlete's check-in API: the link's token is the only credential, so these requests go without the session's
 * hooks (a 401 here never means "sign in") and without the session cookie's CSRF token.
 */
import { createApiClient } from './client'
import type { CheckInPage, CheckInRequest, CheckInUnsubscribed } from './types'

const client = createApiClient({ baseUrl: '/api/v1' })

const path = (token: string) => `/check-in/${encodeURIComponent(token)}`

export const openCheckIn = (token: string) => client.get<CheckInPage>(path(token))
export const answerCheckIn = (token: string, body: CheckInRequest) => client.put<CheckInPage>(path(token), body)
export const unsubscribeReminders = (token: string) =>
  client.post<CheckInUnsubscribed>(`/check-in-unsubscribe/${encodeURIComponent(token)}`)
