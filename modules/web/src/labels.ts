/** Words for the codes the API uses. */
import type { Role } from './api/types'

export const STATUS_TEXT: Record<string, string> = {
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
  unscored: 'No score',
}

/** What each status asks of the coach. */
export const STATUS_MEANING: Record<string, string> = {
  red: 'act now: back off',
  amber: 'watch and adjust this week',
  green: 'load and rest in balance',
  unscored: 'not scored for this week',
}

export const SEVERITY_TEXT: Record<string, string> = {
  red: 'Red: act now',
  amber: 'Amber: watch',
  advice: 'Advice',
}

export const ROLE_TEXT: Record<Role | string, string> = {
  'platform-admin': 'Platform admin',
  'club-admin': 'Club admin',
  coach: 'Coach',
  integration: 'Integration',
}

export const LEVEL_TEXT: Record<string, string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
}

export const RULE_TEXT: Record<string, string> = {
  pain: 'Pain',
  burnout: 'Burnout signs',
  sleep: 'Sleep',
  'buffer-day': 'Buffer day after a hard day',
  'speed-days': 'Speed days per week',
  'new-intensity': 'New intensity',
  'acwr-spike': 'ACWR spike',
  'single-run-spike': 'Single-run spike',
  'no-easy-day': 'No easy day',
  'after-long-run': 'Day after the long run',
  monotony: 'Monotony',
  'warm-up': 'Warm-up',
  strength: 'Strength sessions',
  refuel: 'Refuelling',
}

export const IMPORT_STATUS_TEXT: Record<string, string> = {
  validating: 'Checking the file',
  validated: 'Checked: nothing written yet',
  committing: 'Importing',
  committed: 'Imported',
  undone: 'Undone',
  failed: 'Failed',
  rejected: 'Rejected',
  stopped: 'Stopped',
}

export const DELIVERY_STATUS_TEXT: Record<string, string> = {
  sending: 'Sending',
  retry_pending: 'Retry pending',
  sent: 'Sent',
  failed: 'Failed',
  interrupted: 'Interrupted',
  pending: 'Pending',
  delivered: 'Delivered',
}

export const OUTCOME_TEXT: Record<string, string> = {
  new: 'New',
  'new-athlete': 'New athlete',
  duplicate: 'Duplicate (skipped)',
  review: 'Held for review',
}

export const RUN_STATUS_TEXT: Record<string, string> = {
  STARTING: 'Starting',
  STARTED: 'Running',
  STOPPING: 'Stopping',
  STOPPED: 'Stopped',
  FAILED: 'Failed',
  COMPLETED: 'Completed',
  ABANDONED: 'Abandoned',
}

export function label(table: Record<string, string>, code: string | null | undefined): string {
  if (!code) return '—'
  return table[code] ?? code.replace(/[_-]+/g, ' ')
}
