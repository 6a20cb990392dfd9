/** One typed function per API operation the pages use. */
import { http } from './http'
import type {
  AcknowledgmentView, ApiKeyView, AthleteView, AthleteWeekScore, AuditView, ClubRequest, ClubRuleSettingsView, ClubView,
  CreatedWebhook, DeliveryView, ExecutionAccepted, HealthEventRequest, HealthEventView, ImportView, IssuedApiKey,
  MappingRequest, MappingView, NewApiKey, NewUser, Page, PasswordChange, RecipientView, ReviewView, RowProblem,
  RosterImportResult, RuleSettings, ScoringRunRequest, ScoringRunView, SessionRequest, SessionView, SquadWeek, Timeline, UserChange,
  UserView, WebhookDeliveryView, WebhookRequest, WebhookView, WellnessView,
} from './types'

type Paging = { page?: number; size?: number }

// clubs and athletes
export const listClubs = (p: Paging = {}) => http.get<Page<ClubView>>('/clubs', { page: p.page ?? 0, size: p.size ?? 500 })
export const getClub = (id: number) => http.get<ClubView>(`/clubs/${id}`)
export const updateClub = (id: number, body: ClubRequest) => http.put<ClubView>(`/clubs/${id}`, body)
export const listAthletes = (clubId: number, p: Paging & { active?: boolean } = {}) =>
  http.get<Page<AthleteView>>(`/clubs/${clubId}/athletes`, { active: p.active, page: p.page ?? 0, size: p.size ?? 500 })
export const getAthlete = (id: number) => http.get<AthleteView>(`/athletes/${id}`)
export const importRoster = (clubId: number, file: File, dryRun: boolean) =>
  http.upload<RosterImportResult>(`/clubs/${clubId}/roster-imports`, { file }, { query: { dryRun: dryRun ? 'true' : 'false' } })
export const rosterTemplateUrl = () => http.url('/roster-imports/template')

// squad and athlete
export const getSquad = (clubId: number, week?: string | null) => http.get<SquadWeek>(`/clubs/${clubId}/squad`, { week })
export const getTimeline = (athleteId: number, weeks = 16) => http.get<Timeline>(`/athletes/${athleteId}/timeline`, { weeks })
export const getScores = (athleteId: number, weeks = 16) => http.get<AthleteWeekScore[]>(`/athletes/${athleteId}/scores`, { weeks })
export const listSessions = (athleteId: number, p: Paging & { from?: string; to?: string } = {}) =>
  http.get<Page<SessionView>>(`/athletes/${athleteId}/sessions`, { from: p.from, to: p.to, page: p.page ?? 0, size: p.size ?? 20 })
export const updateSession = (id: number, body: SessionRequest) => http.put<SessionView>(`/sessions/${id}`, body)
export const listWellness = (athleteId: number, p: Paging & { from?: string; to?: string } = {}) =>
  http.get<Page<WellnessView>>(`/athletes/${athleteId}/wellness`, { from: p.from, to: p.to, page: p.page ?? 0, size: p.size ?? 20 })

// findings
const ackPath = (athleteId: number, week: string, ruleId: string) =>
  `/athletes/${athleteId}/scores/${encodeURIComponent(week)}/findings/${encodeURIComponent(ruleId)}/acknowledgment`
export const acknowledgeFinding = (athleteId: number, week: string, ruleId: string, note: string | null) =>
  http.put<AcknowledgmentView>(ackPath(athleteId, week, ruleId), { note })
export const withdrawAcknowledgment = (athleteId: number, week: string, ruleId: string) =>
  http.del(ackPath(athleteId, week, ruleId))

// injuries and illnesses
export const listHealthEvents = (athleteId: number, p: Paging = {}) =>
  http.get<Page<HealthEventView>>(`/athletes/${athleteId}/health-events`, { page: p.page ?? 0, size: p.size ?? 50 })
export const createHealthEvent = (athleteId: number, body: HealthEventRequest) =>
  http.post<HealthEventView>(`/athletes/${athleteId}/health-events`, body)
export const updateHealthEvent = (athleteId: number, id: number, body: HealthEventRequest) =>
  http.put<HealthEventView>(`/athletes/${athleteId}/health-events/${id}`, body)
export const deleteHealthEvent = (athleteId: number, id: number) => http.del(`/athletes/${athleteId}/health-events/${id}`)

// imports
export const uploadImport = (clubId: number, file: File, athleteId?: number | null, createAthletes?: boolean) =>
  http.upload<ImportView>(`/clubs/${clubId}/imports`, {
    file,
    athleteId: athleteId ? String(athleteId) : null,
    createAthletes: createAthletes ? 'true' : null,
  })
export const getImport = (id: number) => http.get<ImportView>(`/imports/${id}`)
export const listImports = (clubId: number, p: Paging = {}) =>
  http.get<Page<ImportView>>(`/clubs/${clubId}/imports`, { page: p.page ?? 0, size: p.size ?? 20 })
export const listImportErrors = (id: number, p: Paging = {}) =>
  http.get<Page<RowProblem>>(`/imports/${id}/errors`, { page: p.page ?? 0, size: p.size ?? 100 })
export const commitImport = (id: number, skipInvalid: boolean) =>
  http.request<ImportView>('POST', `/imports/${id}/commit`, { query: { skipInvalid: skipInvalid ? 'true' : null } })
export const undoImport = (id: number) => http.post<ImportView>(`/imports/${id}/undo`)
export const stopImport = (id: number) => http.post<ImportView>(`/imports/${id}/stop`)
export const resumeImport = (id: number) => http.post<ImportView>(`/imports/${id}/resume`)
export const listReview = (id: number, p: Paging = {}) =>
  http.get<Page<ReviewView>>(`/imports/${id}/review`, { page: p.page ?? 0, size: p.size ?? 50 })
export const decideReview = (id: number, itemId: number, decision: 'import' | 'dismiss') =>
  http.post<ReviewView>(`/imports/${id}/review/${itemId}`, { decision })
export const listMappings = (clubId: number) => http.get<MappingView[]>(`/clubs/${clubId}/import-mappings`)
export const createMapping = (clubId: number, body: MappingRequest) => http.post<MappingView>(`/clubs/${clubId}/import-mappings`, body)
export const deleteMapping = (clubId: number, id: number) => http.del(`/clubs/${clubId}/import-mappings/${id}`)

// reports
export const reportUrl = (clubId: number, week: string) => http.url(`/clubs/${clubId}/reports/${encodeURIComponent(week)}.xlsx`)
export const listRecipients = (clubId: number) => http.get<RecipientView[]>(`/clubs/${clubId}/report-recipients`)
export const addRecipient = (clubId: number, email: string, name: string | null) =>
  http.post<RecipientView>(`/clubs/${clubId}/report-recipients`, { email, name })
export const removeRecipient = (clubId: number, id: number) => http.del(`/clubs/${clubId}/report-recipients/${id}`)
export const sendReport = (clubId: number, week: string) =>
  http.request<DeliveryView>('POST', `/clubs/${clubId}/report-deliveries`, { body: { week } })
export const listDeliveries = (clubId: number, p: Paging = {}) =>
  http.get<Page<DeliveryView>>(`/clubs/${clubId}/report-deliveries`, { page: p.page ?? 0, size: p.size ?? 20 })
export const getDelivery = (clubId: number, week: string) =>
  http.get<DeliveryView>(`/clubs/${clubId}/report-deliveries/${encodeURIComponent(week)}`)
export const retryDelivery = (clubId: number, week: string) =>
  http.post<DeliveryView>(`/clubs/${clubId}/report-deliveries/${encodeURIComponent(week)}/retry`)

// users, keys, audit
export const listUsers = (clubId: number, p: Paging = {}) =>
  http.get<Page<UserView>>(`/clubs/${clubId}/users`, { page: p.page ?? 0, size: p.size ?? 200 })
export const createUser = (clubId: number, body: NewUser) => http.post<UserView>(`/clubs/${clubId}/users`, body)
export const changeUser = (id: number, body: UserChange) => http.put<UserView>(`/users/${id}`, body)
export const deleteUser = (id: number) => http.del(`/users/${id}`)
export const setPassword = (id: number, body: PasswordChange) => http.put<void>(`/users/${id}/password`, body)
export const listApiKeys = (clubId: number, p: Paging = {}) =>
  http.get<Page<ApiKeyView>>(`/clubs/${clubId}/api-keys`, { page: p.page ?? 0, size: p.size ?? 200 })
export const issueApiKey = (clubId: number, body: NewApiKey) => http.post<IssuedApiKey>(`/clubs/${clubId}/api-keys`, body)
export const revokeApiKey = (id: number) => http.del(`/api-keys/${id}`)
export const listAudit = (clubId: number, p: Paging & { from?: string; to?: string } = {}) =>
  http.get<Page<AuditView>>(`/clubs/${clubId}/audit`, { from: p.from, to: p.to, page: p.page ?? 0, size: p.size ?? 50 })

// webhooks
export const listWebhooks = (clubId: number) =>
  http.get<Page<WebhookView>>(`/clubs/${clubId}/webhooks`, { page: 0, size: 200 })
export const createWebhook = (clubId: number, body: WebhookRequest) => http.post<CreatedWebhook>(`/clubs/${clubId}/webhooks`, body)
export const updateWebhook = (clubId: number, id: number, body: WebhookRequest) =>
  http.put<WebhookView>(`/clubs/${clubId}/webhooks/${id}`, body)
export const deleteWebhook = (clubId: number, id: number) => http.del(`/clubs/${clubId}/webhooks/${id}`)
export const testWebhook = (clubId: number, id: number) => http.post<WebhookDeliveryView>(`/clubs/${clubId}/webhooks/${id}/test`)
export const listWebhookDeliveries = (clubId: number, id: number, p: Paging = {}) =>
  http.get<Page<WebhookDeliveryView>>(`/clubs/${clubId}/webhooks/${id}/deliveries`, { page: p.page ?? 0, size: p.size ?? 20 })
export const retryWebhookDelivery = (clubId: number, id: number, deliveryId: number) =>
  http.post<WebhookDeliveryView>(`/clubs/${clubId}/webhooks/${id}/deliveries/${deliveryId}/retry`)

// rule settings
export const getRuleSettings = (clubId: number) => http.get<ClubRuleSettingsView>(`/clubs/${clubId}/rule-settings`)
export const putRuleSettings = (clubId: number, settings: RuleSettings) =>
  http.put<ClubRuleSettingsView>(`/clubs/${clubId}/rule-settings`, settings)
export const resetRuleSettings = (clubId: number) => http.del<ClubRuleSettingsView>(`/clubs/${clubId}/rule-settings`)

// scoring runs
export const startScoringRun = (body: ScoringRunRequest) => http.post<ExecutionAccepted>('/scoring/runs', body)
export const listScoringRuns = (p: Paging = {}) =>
  http.get<Page<ScoringRunView>>('/scoring/runs', { page: p.page ?? 0, size: p.size ?? 20 })
export const getScoringRun = (id: number) => http.get<ScoringRunView>(`/scoring/runs/${id}`)
export const stopScoringRun = (id: number) => http.post<ExecutionAccepted>(`/scoring/runs/${id}/stop`)
export const restartScoringRun = (id: number) => http.post<ExecutionAccepted>(`/scoring/runs/${id}/restart`)
