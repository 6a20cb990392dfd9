/**
 * The shapes the Loadwise API answers with and accepts, one type per Java record (component names as JSON keys).
 * JSON-B leaves null components out of the JSON, so every nullable component is optional here as well as nullable.
 * Dates are 'YYYY-MM-DD' strings, instants ISO-8601 UTC strings, weeks ISO weeks ('2026-W47').
 *
 * Kept in one file so it can be checked against the OpenAPI document (GET /openapi) in one place.
 */

export type IsoDate = string
export type Instant = string
export type IsoWeekText = string

export type Role = 'platform-admin' | 'club-admin' | 'coach' | 'integration'
export type Level = 'beginner' | 'intermediate' | 'advanced'
export type ScoreStatus = 'red' | 'amber' | 'green'
export type Severity = 'red' | 'amber' | 'advice'

// ---------------------------------------------------------------- common

/** domain.common.Page */
export interface Page<T> {
  items: T[]
  page: number
  size: number
  total: number
}

/** app.problem.Problem.FieldError */
export interface ProblemFieldError {
  field?: string | null
  message?: string | null
  sheet?: string | null
  row?: number | null
  column?: string | null
  value?: string | null
  fix?: string | null
}

/** app.problem.Problem (application/problem+json) */
export interface ProblemBody {
  type?: string
  title?: string
  status?: number
  detail?: string
  errors?: ProblemFieldError[] | null
}

// ---------------------------------------------------------------- session and access

/** AccessViews.MeView */
export interface Me {
  name: string
  role: Role
  clubId?: number | null
  scope?: string | null
  userId?: number | null
  apiKeyId?: number | null
}

/** POST/GET /session (new): the browser session */
export interface BrowserSession {
  csrfToken: string
  idleTimeoutSeconds: number
  /** The user's display name (null for callers that are not users). */
  displayName?: string | null
  me: Me
}

/** AccessViews.UserView */
export interface UserView {
  id: number
  username: string
  displayName?: string | null
  role: Role
  clubId?: number | null
  enabled: boolean
  createdAt?: Instant | null
  passwordChangedAt?: Instant | null
}

/** AccessViews.NewUser */
export interface NewUser {
  username: string
  displayName: string
  role: Role
  password: string
}

/** AccessViews.UserChange: absent fields stay as they are */
export interface UserChange {
  displayName?: string
  role?: Role
  enabled?: boolean
}

/** AccessViews.PasswordChange */
export interface PasswordChange {
  currentPassword?: string
  newPassword: string
}

/** AccessViews.ApiKeyView */
export interface ApiKeyView {
  id: number
  clubId: number
  name: string
  scope: 'read' | 'read-write'
  prefix: string
  createdBy?: string | null
  createdAt?: Instant | null
  lastUsedAt?: Instant | null
  revokedAt?: Instant | null
  revokedBy?: string | null
}

/** AccessViews.NewApiKey */
export interface NewApiKey {
  name: string
  scope: 'read' | 'read-write'
}

/** AccessViews.IssuedApiKey */
export interface IssuedApiKey {
  key: ApiKeyView
  token: string
}

/** AccessViews.AuditView */
export interface AuditView {
  id: number
  at: Instant
  actor: string
  actorKind?: string | null
  clubId?: number | null
  action: string
  target?: string | null
  status: number
  detail?: string | null
}

// ---------------------------------------------------------------- clubs and athletes

/** traininglog.ClubView */
export interface ClubView {
  id: number
  name: string
  timeZone: string
  firstDayOfWeek?: string | null
  locale: string
  createdAt?: Instant | null
  version: number
}

/** traininglog.ClubRequest */
export interface ClubRequest {
  name: string
  timeZone: string
  firstDayOfWeek?: string | null
  locale: string
}

/** traininglog.AthleteView */
export interface AthleteView {
  id: number
  clubId: number
  memberId: string
  name: string
  sex?: string | null
  birthYear?: number | null
  level: Level
  maxHr?: number | null
  restingHr?: number | null
  timeZone?: string | null
  active: boolean
  version: number
}

/** traininglog.roster.RosterChange: a field a roster import changes, with the stored and the new value */
export interface RosterChange {
  field: string
  column?: string | null
  from?: string | null
  to?: string | null
}

/** traininglog.roster.RosterEntry: one athlete of a roster file (athleteId null until created) */
export interface RosterEntry {
  sheet?: string | null
  row: number
  athleteId?: number | null
  memberId: string
  name: string
  sex?: string | null
  birthYear?: number | null
  level: Level
  maxHr?: number | null
  restingHr?: number | null
  timeZone?: string | null
  changes: RosterChange[]
}

/** traininglog.roster.RosterCounts */
export interface RosterCounts {
  rows: number
  create: number
  update: number
  unchanged: number
  errors: number
}

/** traininglog.roster.RosterIgnoredColumn */
export interface RosterIgnoredColumn {
  sheet?: string | null
  column: string
  columnRef?: string | null
}

/** traininglog.roster.RosterImportResult: a roster file's dry run or commit */
export interface RosterImportResult {
  fileName?: string | null
  format: 'xlsx' | 'csv'
  dryRun: boolean
  committed: boolean
  message: string
  counts: RosterCounts
  create: RosterEntry[]
  update: RosterEntry[]
  unchanged: RosterEntry[]
  errors: RowProblem[]
  ignoredColumns: RosterIgnoredColumn[]
  ignoredSheets: string[]
}

// ---------------------------------------------------------------- training log

export const SESSION_TYPES = [
  'easy', 'recovery', 'long', 'tempo', 'intervals', 'hills', 'race_pace', 'race', 'strides', 'strength',
  'cross_training', 'rest',
] as const
export type SessionType = (typeof SESSION_TYPES)[number]

/** traininglog.SessionView */
export interface SessionView {
  id: number
  athleteId: number
  date: IsoDate
  startTime?: string | null
  type: string
  movingMinutes?: number | null
  elapsedMinutes?: number | null
  distanceKm?: number | null
  rpe?: number | null
  avgHr?: number | null
  maxHr?: number | null
  warmUpMinutes?: number | null
  refuelMinutes?: number | null
  carbsG?: number | null
  proteinG?: number | null
  pain: boolean
  painLocation?: string | null
  painScore?: number | null
  muscleSoreness?: number | null
  notes?: string | null
  excluded: boolean
  excludedReason?: string | null
  source?: string | null
  importId?: number | null
  importRow?: number | null
  version: number
}

/** traininglog.SessionRequest: a PUT replaces the whole session */
export interface SessionRequest {
  date: IsoDate
  startTime?: string | null
  type: string
  movingMinutes?: number | null
  elapsedMinutes?: number | null
  distanceKm?: number | null
  rpe?: number | null
  avgHr?: number | null
  maxHr?: number | null
  warmUpMinutes?: number | null
  refuelMinutes?: number | null
  carbsG?: number | null
  proteinG?: number | null
  pain?: boolean | null
  painLocation?: string | null
  painScore?: number | null
  muscleSoreness?: number | null
  notes?: string | null
  excluded?: boolean | null
  excludedReason?: string | null
}

/** traininglog.WellnessView */
export interface WellnessView {
  id: number
  athleteId: number
  date: IsoDate
  sleepHours?: number | null
  sleepQuality?: number | null
  restingHr?: number | null
  hrvMs?: number | null
  fatigue?: number | null
  stress?: number | null
  mood?: number | null
  soreness?: number | null
  painNote?: string | null
  /** who made the entry: check-in (the athlete's own, until a coach changes it), import or api */
  source?: 'check-in' | 'import' | 'api' | null
  version: number
}

// ---------------------------------------------------------------- squad and timeline (new endpoints)

export interface LoadPoint {
  week: IsoWeekText
  load?: number | null
}

/** GET /clubs/{clubId}/squad: one athlete of the week */
export interface SquadAthlete {
  athleteId: number
  memberId: string
  name: string
  level: Level
  score?: number | null
  status?: ScoreStatus | null
  provisional: boolean
  mainReason?: string | null
  findings: number
  weeklyLoad?: number | null
  loadHistory: LoadPoint[]
  acwr?: number | null
  avgSleepHours?: number | null
  coverageDays?: number | null
  previousScore?: number | null
  scoreChange?: number | null
  /** days of the week (ISO dates) the athlete answered their own check-in */
  checkInDates?: string[] | null
}

export interface SquadCounts {
  athletes: number
  scored: number
  red: number
  amber: number
  green: number
  unscored: number
}

/** GET /clubs/{clubId}/squad */
export interface SquadWeek {
  clubId: number
  week: IsoWeekText
  previousWeek: IsoWeekText
  nextWeek?: IsoWeekText | null
  formulaVersion?: string | null
  counts: SquadCounts
  athletes: SquadAthlete[]
}

export interface Band {
  low: number
  high: number
}

/** GET /athletes/{athleteId}/timeline: one day */
export interface TimelineDay {
  date: IsoDate
  load: number
  sessions: number
  acuteLoad?: number | null
  chronicLoad?: number | null
  acwr?: number | null
  ctl?: number | null
  atl?: number | null
  tsb?: number | null
  sleepHours?: number | null
  restingHr?: number | null
  restingHrBaseline?: number | null
  hrvMs?: number | null
  hrvBaseline?: number | null
}

/** GET /athletes/{athleteId}/timeline */
export interface Timeline {
  athleteId: number
  from: IsoDate
  to: IsoDate
  acwrBand: Band
  sleepBand: Band
  days: TimelineDay[]
}

// ---------------------------------------------------------------- scores and findings

/** domain.recovery.WeeklyFigures.Values */
export interface WeeklyFigures {
  weeklyLoad?: number | null
  acuteLoad?: number | null
  chronicLoad?: number | null
  acwrRolling?: number | null
  acwrUncoupled?: number | null
  acwrEwma?: number | null
  monotony?: number | null
  strain?: number | null
  ctl?: number | null
  atl?: number | null
  tsb?: number | null
  rampRate?: number | null
  sessions?: number | null
  hardDays?: number | null
  restDays?: number | null
  longestHardStreak?: number | null
  strengthSessions?: number | null
  runSpikeRatio?: number | null
  avgSleepHours?: number | null
  restingHrZ?: number | null
  hrvZ?: number | null
  hooperIndex?: number | null
  coverageDays?: number | null
  baselineState?: string | null
}

/** recovery.AthleteWeekScore.Acknowledgment */
export interface Acknowledgment {
  ruleId: string
  acknowledgedBy?: string | null
  acknowledgedAt?: Instant | null
  note?: string | null
  findingPresent: boolean
}

/** recovery.AthleteWeekScore.Finding */
export interface Finding {
  ruleId: string
  severity: Severity
  message: string
  advice?: string | null
  evidence?: string | null
  evidenceStrength?: string | null
  acknowledgment?: Acknowledgment | null
}

/** recovery.AthleteWeekScore */
export interface AthleteWeekScore {
  athleteId: number
  memberId: string
  name: string
  level: Level
  week: IsoWeekText
  score: number
  status: ScoreStatus
  provisional: boolean
  formulaVersion?: string | null
  computedAt?: Instant | null
  mainReason?: string | null
  figures?: WeeklyFigures | null
  findings: Finding[]
  acknowledgmentsWithoutFinding?: Acknowledgment[] | null
}

/** recovery.AcknowledgmentRequest */
export interface AcknowledgmentRequest {
  note?: string | null
}

/** recovery.AcknowledgmentView */
export interface AcknowledgmentView {
  athleteId: number
  week: IsoWeekText
  ruleId: string
  note?: string | null
  acknowledgedBy?: string | null
  acknowledgedAt?: Instant | null
  findingPresent: boolean
  findingSeverity?: Severity | null
}

// ---------------------------------------------------------------- injuries and illnesses

export const BODY_LOCATIONS = [
  'achilles', 'calf', 'shin', 'knee', 'hamstring', 'quadriceps', 'hip', 'groin', 'back', 'ankle', 'foot', 'other',
] as const
export const HEALTH_SEVERITIES = ['minor', 'moderate', 'severe'] as const

/** recovery.HealthEventView */
export interface HealthEventView {
  id: number
  athleteId: number
  kind: 'injury' | 'illness'
  startedOn: IsoDate
  endedOn?: IsoDate | null
  bodyLocation?: string | null
  severity?: string | null
  daysLost?: number | null
  note?: string | null
  recordedBy?: string | null
  recordedAt?: Instant | null
  updatedBy?: string | null
  updatedAt?: Instant | null
  version: number
}

/** recovery.HealthEventRequest */
export interface HealthEventRequest {
  kind: 'injury' | 'illness'
  startedOn: IsoDate
  endedOn?: IsoDate | null
  bodyLocation?: string | null
  severity?: string | null
  daysLost?: number | null
  note?: string | null
}

// ---------------------------------------------------------------- rule settings (recovery.engine.RuleSettings / LevelRules)

export interface LevelRules {
  hardSessions: { longRunMinutes: number; longRunLoad: number }
  bufferDay: { enabled: boolean }
  speedDays: { enabled: boolean; maxPerWeek: number }
  newIntensity: { enabled: boolean; minNewTypes: number; quietWeeks: number }
  acwrSpike: { enabled: boolean; maxEwmaAcwr: number }
  singleRunSpike: { enabled: boolean; maxIncrease: number }
  noEasyDay: { enabled: boolean }
  afterLongRun: { enabled: boolean }
  warmUp: { enabled: boolean; minMinutes: number }
  strength: { enabled: boolean; minPerWeek: number }
  sleep: { enabled: boolean; amberBelowHours: number; redBelowHours: number; minNights: number }
  refuel: { enabled: boolean; maxMinutesAfter: number; minCarbsGrams: number; minProteinGrams: number }
  pain: { enabled: boolean; minPainScore: number; keywords: string[] }
  burnout: {
    enabled: boolean
    minSigns: number
    minDays: number
    highFatigue: number
    poorSleepHours: number
    poorSleepQuality: number
    lowMood: number
    highStress: number
    restingHrSdAbove: number
    hrvSdBelow: number
  }
  monotony: { enabled: boolean; maxMonotony: number; strainFactor: number }
}

export interface RuleSettings {
  maxImplicitRestDays: number
  beginner: LevelRules
  intermediate: LevelRules
  advanced: LevelRules
}

/** recovery.ClubRuleSettingsView */
export interface ClubRuleSettingsView {
  clubId: number
  custom: boolean
  updatedAt?: Instant | null
  settings: RuleSettings
}

// ---------------------------------------------------------------- scoring runs

/** recovery.ScoringRunRequest: every field optional */
export interface ScoringRunRequest {
  week?: IsoWeekText
  club?: number
  partitions?: number
  chunkSize?: number
  today?: IsoDate
}

export interface ScoringRunPartition {
  partition: number
  firstAthleteId: number
  lastAthleteId: number
  total: number
  done: number
  written: number
  skipped: number
  updatedAt?: Instant | null
}

export interface ScoringRunIssue {
  executionId: number
  athleteId: number
  week?: IsoWeekText | null
  reason: string
  recordedAt?: Instant | null
}

/** recovery.ScoringRunView; status is a Jakarta Batch status: STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED, ABANDONED */
export interface ScoringRunView {
  executionId: number
  instanceId: number
  status: string
  exitStatus?: string | null
  parameters?: Record<string, string> | null
  createdAt?: Instant | null
  startedAt?: Instant | null
  endedAt?: Instant | null
  read: number
  written: number
  skipped: number
  athletesTotal: number
  partitions?: ScoringRunPartition[] | null
  issueCount: number
  issues?: ScoringRunIssue[] | null
}

export interface ExecutionAccepted {
  executionId: number
  status?: string
}

// ---------------------------------------------------------------- imports

export type ImportStatus =
  | 'validating' | 'validated' | 'committing' | 'committed' | 'undone' | 'failed' | 'rejected' | 'stopped'

export interface ImportCounts {
  total: number
  valid: number
  invalid: number
  ignored: number
  duplicates: number
  review: number
  imported: number
}

export interface ImportProgress {
  done: number
  total: number
  percent: number
}

export interface ImportProblem {
  status: number
  title?: string | null
  detail?: string | null
  where?: string | null
}

export interface SessionPreview {
  date?: string | null
  startTime?: string | null
  type?: string | null
  movingMinutes?: number | null
  elapsedMinutes?: number | null
  distanceKm?: number | null
  rpe?: number | null
  avgHr?: number | null
  maxHr?: number | null
  pain: boolean
  painLocation?: string | null
  notes?: string | null
}

export interface WellnessPreview {
  date?: string | null
  sleepHours?: number | null
  sleepQuality?: number | null
  restingHr?: number | null
  hrvMs?: number | null
  fatigue?: number | null
  stress?: number | null
  mood?: number | null
  soreness?: number | null
  painNote?: string | null
}

export interface PreviewRow {
  sheet?: string | null
  row: number
  outcome: string
  athleteId?: number | null
  memberId?: string | null
  athleteName?: string | null
  session?: SessionPreview | null
  wellness?: WellnessPreview | null
  warnings?: string[] | null
}

export interface RowWarning {
  sheet?: string | null
  row: number
  message: string
}

/** traininglog.importing.ImportView */
export interface ImportView {
  id: number
  clubId: number
  athleteId?: number | null
  fileName: string
  checksum?: string | null
  sizeBytes: number
  fileKind?: string | null
  format?: string | null
  status: ImportStatus
  uploadedBy?: string | null
  uploadedAt?: Instant | null
  counts: ImportCounts
  progress?: ImportProgress | null
  message?: string | null
  problem?: ImportProblem | null
  sameFileCommittedAs?: number | null
  validatedAt?: Instant | null
  committedAt?: Instant | null
  undoneAt?: Instant | null
  removed?: number | null
  preview?: PreviewRow[] | null
  warnings?: RowWarning[] | null
  /** columns of each sheet the import reads nothing from */
  ignoredColumns?: IgnoredColumns[] | null
  /** the first notes (upload answer only): formulas' saved values read, totals rows skipped, text kept as text */
  notes?: RowWarning[] | null
  /** errors, warnings and notes of one kind in one column, said once with their rows */
  groups?: MessageGroup[] | null
}

/** traininglog.importing.ImportView.MessageGroup */
export interface MessageGroup {
  severity: 'error' | 'warning' | 'note'
  sheet?: string | null
  column?: string | null
  columnRef?: string | null
  /** messages in the group; rows lists the first 1,000 of their rows */
  count: number
  rows: number[]
  /** '2–35, 40', with '…' when more rows than listed */
  rowsText: string
  message: string
  fix?: string | null
  summary: string
}

/** traininglog.importing.ImportView.IgnoredColumns */
export interface IgnoredColumns {
  sheet?: string | null
  columns: string[]
}

/** traininglog.importing.RowProblem */
export interface RowProblem {
  sheet?: string | null
  row: number
  column?: string | null
  /** the column's letter (workbook) or position from 1 (CSV) */
  columnRef?: string | null
  value?: string | null
  problem: string
  fix?: string | null
}

/** traininglog.importing.ReviewView; status open, imported or dismissed */
export interface ReviewView {
  id: number
  importId: number
  sheet?: string | null
  row: number
  athleteId: number
  date: IsoDate
  existingId: number
  reason: string
  status: 'open' | 'imported' | 'dismissed'
  importedAs?: number | null
}

/** traininglog.importing.MappingView */
export interface MappingView {
  id: number
  clubId: number
  name: string
  columns: Record<string, string>
  /** For a header stating a scale without a direction: whether its high end is 'worse' or 'better'. */
  highIs?: Record<string, 'worse' | 'better'> | null
  createdAt?: Instant | null
}

/** traininglog.importing.MappingRequest */
export interface MappingRequest {
  name: string
  headers: string[]
  columns: Record<string, string>
  /** Header → 'worse' | 'better': which end of a scale the header states without a direction is the worst. */
  highIs?: Record<string, string> | null
}

// ---------------------------------------------------------------- reports

/** reporting.RecipientView */
export interface RecipientView {
  id: number
  clubId: number
  email: string
  name?: string | null
  addedAt?: Instant | null
}

export interface DeliveryAttempt {
  at: Instant
  outcome: string
  error?: string | null
}

/** reporting.DeliveryView; status sending, retry_pending, sent, failed or interrupted */
export interface DeliveryView {
  id: number
  clubId: number
  week: IsoWeekText
  trigger?: string | null
  status: string
  attempts: number
  nextAttemptAt?: Instant | null
  sentAt?: Instant | null
  recipients?: string | null
  lastError?: string | null
  createdAt?: Instant | null
  attemptLog?: DeliveryAttempt[] | null
}

// ---------------------------------------------------------------- webhooks

export const WEBHOOK_EVENTS = ['finding.red', 'report.sent'] as const

/** WebhookViews.WebhookRequest */
export interface WebhookRequest {
  url: string
  events?: string[]
  description?: string | null
  active?: boolean
}

/** WebhookViews.WebhookView */
export interface WebhookView {
  id: number
  clubId: number
  url: string
  events: string[]
  description?: string | null
  active: boolean
  createdBy?: string | null
  createdAt?: Instant | null
  updatedAt?: Instant | null
}

/** WebhookViews.CreatedWebhook: the secret is shown this once */
export interface CreatedWebhook extends WebhookView {
  secret: string
}

export interface WebhookAttemptView {
  at: Instant
  httpStatus?: number | null
  error?: string | null
  durationMs: number
}

/** WebhookViews.WebhookDeliveryView; status pending, sending, delivered or failed */
export interface WebhookDeliveryView {
  id: number
  webhookId: number
  eventId: number
  event: string
  status: string
  attempts: number
  createdAt?: Instant | null
  nextAttemptAt?: Instant | null
  deliveredAt?: Instant | null
  lastHttpStatus?: number | null
  lastError?: string | null
  attemptLog: WebhookAttemptView[]
}

// ---------------------------------------------------------------- athletes' check-in

/** CheckInViews.CheckInLinkView; state active, expired, revoked or none (never issued) */
export interface CheckInLinkView {
  athleteId: number
  athleteName: string
  state: 'active' | 'expired' | 'revoked' | 'none'
  issuedAt?: Instant | null
  issuedBy?: string | null
  expiresAt?: Instant | null
  revokedAt?: Instant | null
  lastUsedAt?: Instant | null
  reminderEmail?: string | null
  reminders: boolean
}

/** CheckInViews.IssuedCheckInLink: the token and URL are shown this once */
export interface IssuedCheckInLink {
  token: string
  url: string
  link: CheckInLinkView
}

export interface CheckInLinkList {
  clubId: number
  linkDays: number
  items: CheckInLinkView[]
}

export interface CheckInReminderView {
  athleteId: number
  email: string
  enabled: boolean
  updatedAt?: Instant | null
  unsubscribedAt?: Instant | null
}

export interface CheckInReminderRequest {
  email: string
  enabled: boolean
}

/** One day's own check-in answers (Hooper items 1-7, 7 worst; pain 0-10) */
export interface CheckInDay {
  date: IsoDate
  sleepHours?: number | null
  sleepQuality?: number | null
  fatigue?: number | null
  soreness?: number | null
  stress?: number | null
  mood?: number | null
  restingHr?: number | null
  hrvMs?: number | null
  painScore?: number | null
  painLocation?: string | null
  painKind?: string | null
  note?: string | null
}

/** What the check-in link opens; saved is created, corrected or added (to a coach's entry) after a save */
export interface CheckInPage {
  firstName: string
  clubName: string
  today: IsoDate
  timeZone: string
  answers?: CheckInDay | null
  recordedByCoach: boolean
  days: CheckInDay[]
  linkExpiresAt?: Instant | null
  saved?: 'created' | 'corrected' | 'added' | null
  kept?: string[] | null
}

export interface CheckInRequest {
  sleepHours?: number | null
  sleepQuality?: number | null
  fatigue?: number | null
  soreness?: number | null
  stress?: number | null
  mood?: number | null
  restingHr?: number | null
  hrvMs?: number | null
  painScore?: number | null
  painLocation?: string | null
  painKind?: string | null
  note?: string | null
}

export interface CheckInUnsubscribed {
  firstName: string
  unsubscribed: boolean
}

// ---- plans: planned sessions per ISO week, the plan check and planned against done ----

export interface PlannedSessionRequest {
  date: IsoDate
  type: SessionType
  minutes?: number | null
  intendedRpe?: number | null
  distanceKm?: number | null
  note?: string | null
}

export interface PlanWeekRequest {
  sessions: PlannedSessionRequest[]
}

/** plannedLoad is minutes x intended RPE (null without both); source is api or import */
export interface PlannedSessionView {
  id: number
  athleteId: number
  date: IsoDate
  type: SessionType
  minutes?: number | null
  intendedRpe?: number | null
  distanceKm?: number | null
  note?: string | null
  plannedLoad?: number | null
  source: string
}

export interface PlanWeekView {
  athleteId: number
  week: IsoWeekText
  monday: IsoDate
  sunday: IsoDate
  sessions: PlannedSessionView[]
  plannedLoad: number
  withoutLoad: number
}

export interface PlannedLoad {
  plannedSessionId: number
  date: IsoDate
  type: SessionType
  minutes?: number | null
  intendedRpe?: number | null
  load: number
  loadMethod: string
}

/** ruleId is a coaching rule's id, or ramp; wording names the days ("Tue intervals then Wed hills: ...") */
export interface PlanFinding {
  ruleId: string
  severity: Severity
  wording: string
  message: string
  advice: string
  evidence: string
  evidenceStrength: string
  dates: IsoDate[]
  fromPlan: boolean
}

export interface PlanProjection {
  weeklyLoad: number
  usualWeeklyLoad?: number | null
  ramp?: number | null
  ewmaAcwr?: number | null
  rollingAcwr?: number | null
  ctl?: number | null
  rampRate?: number | null
  score?: number | null
  status?: ScoreStatus | null
}

/** projected is null when nothing is planned from plannedFrom on */
export interface PlanCheckView {
  athleteId: number
  week: IsoWeekText
  monday: IsoDate
  sunday: IsoDate
  plannedFrom: IsoDate
  level: Level
  sessions: PlannedLoad[]
  restDays: IsoDate[]
  findings: PlanFinding[]
  projected?: PlanProjection | null
}

export type PlanOutcome = 'as-planned' | 'changed' | 'missed' | 'pending' | 'unplanned'

export interface DoneSession {
  sessionId: number
  type: SessionType
  movingMinutes?: number | null
  rpe?: number | null
}

export interface ComparedSession {
  date: IsoDate
  outcome: PlanOutcome
  planned?: PlannedSessionView | null
  done?: DoneSession | null
  changes: string[]
}

export interface PlanOutcomeCounts {
  asPlanned: number
  changed: number
  missed: number
  pending: number
  unplanned: number
}

export interface PlanComparisonView {
  athleteId: number
  week: IsoWeekText
  today: IsoDate
  items: ComparedSession[]
  counts: PlanOutcomeCounts
}

/** One athlete's ISO week of a plan file: its planned sessions replace what was planned that week */
export interface PlanImportWeek {
  athleteId: number
  memberId: string
  name: string
  week: IsoWeekText
  sessions: number
  plannedLoad: number
}

export interface PlanImportResult {
  fileName?: string | null
  format: string
  sheet?: string | null
  dryRun: boolean
  committed: boolean
  message: string
  rows: number
  weeks: PlanImportWeek[]
  errors: RowProblem[]
}
