/** Coaches' check-in endpoints: athletes' links (issue, revoke, list) and reminder settings. */
import { http } from './http'
import type { CheckInLinkList, CheckInReminderRequest, CheckInReminderView, IssuedCheckInLink } from './types'

export const listCheckInLinks = (clubId: number) => http.get<CheckInLinkList>(`/clubs/${clubId}/check-in-links`)
export const issueCheckInLink = (athleteId: number) => http.post<IssuedCheckInLink>(`/athletes/${athleteId}/check-in-link`)
export const revokeCheckInLink = (athleteId: number) => http.del(`/athletes/${athleteId}/check-in-link`)
export const saveCheckInReminder = (athleteId: number, body: CheckInReminderRequest) =>
  http.put<CheckInReminderView>(`/athletes/${athleteId}/check-in-reminder`, body)
export const deleteCheckInReminder = (athleteId: number) => http.del(`/athletes/${athleteId}/check-in-reminder`)
