/**
 * The answer to an upload carries the dry run's preview rows, warnings, notes and their groups, which GET /imports/{id}
 * does not (it groups the stored errors only): they
 * are kept for this tab, so the import's page (and a reload of it) can still show them.
 */
import type { ImportView } from './api/types'

const PREFIX = 'loadwise.upload.'

export function rememberUpload(view: ImportView): void {
  try {
    window.sessionStorage.setItem(PREFIX + view.id, JSON.stringify({
      preview: view.preview ?? null, warnings: view.warnings ?? null, notes: view.notes ?? null, groups: view.groups ?? null,
    }))
  } catch {
    // too large or no storage: the page shows what GET /imports/{id} has
  }
}

export function recallUpload(id: number): Pick<ImportView, 'preview' | 'warnings' | 'notes' | 'groups'> | null {
  try {
    const text = window.sessionStorage.getItem(PREFIX + id)
    return text ? (JSON.parse(text) as Pick<ImportView, 'preview' | 'warnings' | 'notes' | 'groups'>) : null
  } catch {
    return null
  }
}

export const IMPORT_FIELDS = [
  'memberId', 'athleteName', 'date', 'timestamp', 'startTime', 'type', 'title', 'movingMinutes', 'elapsedMinutes',
  'distanceKm', 'rpe', 'avgHr', 'maxHr', 'warmUpMinutes', 'refuelMinutes', 'carbsG', 'proteinG', 'pain', 'painScore',
  'muscleSoreness', 'notes', 'sleepHours', 'sleepSecs', 'sleepQuality', 'restingHr', 'hrvMs', 'fatigue', 'stress', 'mood',
  'soreness', 'painNote',
] as const

/** Import statuses while a job works on the file: the page polls them. */
export function isRunning(status: string | null | undefined): boolean {
  return status === 'validating' || status === 'committing'
}

export function canUndo(status: string | null | undefined): boolean {
  return status === 'committed' || status === 'stopped' || status === 'failed'
}
