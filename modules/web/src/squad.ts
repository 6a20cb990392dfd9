/**
 * Filtering, searching and sorting the squad week in the browser. The API lists athletes worst first with the
 * unscored last; that order is kept unless the coach sorts by a column. Missing values always sort last.
 */
import type { Level, SquadAthlete, SquadCounts } from './api/types'

export type StatusFilter = 'all' | 'red' | 'amber' | 'green' | 'unscored'
export type LevelFilter = 'all' | Level
export type SortKey = 'default' | 'name' | 'score' | 'change' | 'load' | 'acwr' | 'sleep' | 'coverage'
export type SortDirection = 'asc' | 'desc'

export interface SquadFilter {
  status: StatusFilter
  level: LevelFilter
  query: string
}

export const STATUS_FILTERS: StatusFilter[] = ['all', 'red', 'amber', 'green', 'unscored']
export const LEVEL_FILTERS: LevelFilter[] = ['all', 'beginner', 'intermediate', 'advanced']
export const SORT_KEYS: SortKey[] = ['default', 'name', 'score', 'change', 'load', 'acwr', 'sleep', 'coverage']

export function statusOf(a: SquadAthlete): Exclude<StatusFilter, 'all'> {
  return a.status ?? 'unscored'
}

/** Lower case without accents, so 'jose' finds 'José' and 'OKAFOR' finds 'Okafor'. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim()
}

/** Every word of the query must start a word of the name, or be found in the member id. */
export function matchesQuery(a: SquadAthlete, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const name = fold(a.name)
  const nameWords = name.split(/[\s\-'’.]+/).filter(Boolean)
  const member = fold(a.memberId ?? '')
  return words.every((w) => nameWords.some((n) => n.startsWith(w)) || name.includes(w) || member.includes(w))
}

export function filterSquad(athletes: readonly SquadAthlete[], filter: Partial<SquadFilter>): SquadAthlete[] {
  const status = filter.status ?? 'all'
  const level = filter.level ?? 'all'
  const query = filter.query ?? ''
  return athletes.filter((a) =>
    (status === 'all' || statusOf(a) === status)
    && (level === 'all' || a.level === level)
    && matchesQuery(a, query))
}

function sortValue(a: SquadAthlete, key: SortKey): number | string | null {
  switch (key) {
    case 'name': return fold(a.name)
    case 'score': return a.score ?? null
    case 'change': return a.scoreChange ?? null
    case 'load': return a.weeklyLoad ?? null
    case 'acwr': return a.acwr ?? null
    case 'sleep': return a.avgSleepHours ?? null
    case 'coverage': return a.coverageDays ?? null
    default: return null
  }
}

/** A stable sort; 'default' keeps the API's order (worst first). Missing values go last in both directions. */
export function sortSquad(athletes: readonly SquadAthlete[], key: SortKey, direction: SortDirection = 'asc'): SquadAthlete[] {
  const indexed = athletes.map((a, i) => ({ a, i }))
  if (key === 'default') return indexed.map((x) => x.a)
  const sign = direction === 'asc' ? 1 : -1
  indexed.sort((x, y) => {
    const vx = sortValue(x.a, key)
    const vy = sortValue(y.a, key)
    if (vx === null && vy === null) return x.i - y.i
    if (vx === null) return 1
    if (vy === null) return -1
    const c = typeof vx === 'string' && typeof vy === 'string' ? vx.localeCompare(vy) : (vx as number) - (vy as number)
    return c !== 0 ? sign * c : x.i - y.i
  })
  return indexed.map((x) => x.a)
}

/** Counts of the listed athletes (the API sends them too; this counts a filtered list). */
export function countSquad(athletes: readonly SquadAthlete[]): SquadCounts {
  const counts: SquadCounts = { athletes: athletes.length, scored: 0, red: 0, amber: 0, green: 0, unscored: 0 }
  for (const a of athletes) {
    const s = statusOf(a)
    counts[s]++
    if (s !== 'unscored') counts.scored++
  }
  return counts
}

/** The filter from the page's query string, ignoring anything unknown. */
export function filterFromQuery(query: Record<string, unknown>): SquadFilter {
  const text = (v: unknown) => (Array.isArray(v) ? String(v[0] ?? '') : v == null ? '' : String(v))
  const status = text(query.status) as StatusFilter
  const level = text(query.level) as LevelFilter
  return {
    status: STATUS_FILTERS.includes(status) ? status : 'all',
    level: LEVEL_FILTERS.includes(level) ? level : 'all',
    query: text(query.q),
  }
}

export function isFiltered(filter: SquadFilter): boolean {
  return filter.status !== 'all' || filter.level !== 'all' || filter.query.trim() !== ''
}
