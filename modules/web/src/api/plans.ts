/** An athlete's plan: a week's planned sessions, the plan check and planned against done. */
import { http } from './http'
import type {
  PlanCheckView, PlanComparisonView, PlanImportResult, PlannedSessionRequest, PlannedSessionView, PlanWeekRequest, PlanWeekView,
} from './types'

const planPath = (athleteId: number, week: string) => `/athletes/${athleteId}/plan/${encodeURIComponent(week)}`

export const getPlanWeek = (athleteId: number, week: string) => http.get<PlanWeekView>(planPath(athleteId, week))
export const putPlanWeek = (athleteId: number, week: string, body: PlanWeekRequest) =>
  http.put<PlanWeekView>(planPath(athleteId, week), body)
export const getPlanCheck = (athleteId: number, week: string) => http.get<PlanCheckView>(`${planPath(athleteId, week)}/check`)
export const getPlanComparison = (athleteId: number, week: string) =>
  http.get<PlanComparisonView>(`${planPath(athleteId, week)}/comparison`)
export const addPlannedSession = (athleteId: number, body: PlannedSessionRequest) =>
  http.post<PlannedSessionView>(`/athletes/${athleteId}/planned-sessions`, body)
export const deletePlannedSession = (athleteId: number, id: number) => http.del(`/athletes/${athleteId}/planned-sessions/${id}`)
export const importPlan = (clubId: number, file: File, dryRun: boolean) =>
  http.upload<PlanImportResult>(`/clubs/${clubId}/plan-imports`, { file }, { query: { dryRun: dryRun ? 'true' : 'false' } })
export const templateUrl = () => http.url('/imports/template')
