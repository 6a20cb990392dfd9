import { describe, expect, it } from 'vitest'
import { countSquad, filterFromQuery, filterSquad, fold, isFiltered, matchesQuery, sortSquad, statusOf } from '../src/squad'
import { SQUAD } from './fixtures'

const names = (list: { name: string }[]) => list.map((a) => a.name)

describe('filter', () => {
  it('keeps everyone in the API order without a filter', () => {
    expect(names(filterSquad(SQUAD, {}))).toEqual(names(SQUAD))
  })

  it('filters by status, the unscored included', () => {
    expect(names(filterSquad(SQUAD, { status: 'red' }))).toEqual(['Ada Okafor', 'José Álvarez'])
    expect(names(filterSquad(SQUAD, { status: 'unscored' }))).toEqual(['Li Wei'])
    expect(statusOf(SQUAD[4])).toBe('unscored')
  })

  it('filters by level', () => {
    expect(names(filterSquad(SQUAD, { level: 'beginner' }))).toEqual(['Maya Lindqvist', 'Li Wei'])
  })

  it('combines status, level and search', () => {
    expect(names(filterSquad(SQUAD, { status: 'amber', level: 'beginner', query: 'maya' }))).toEqual(['Maya Lindqvist'])
    expect(filterSquad(SQUAD, { status: 'red', level: 'beginner' })).toEqual([])
  })
})

describe('search', () => {
  it('ignores case and accents', () => {
    expect(names(filterSquad(SQUAD, { query: 'jose' }))).toEqual(['José Álvarez'])
    expect(names(filterSquad(SQUAD, { query: 'ALVAREZ' }))).toEqual(['José Álvarez'])
    expect(fold('  Álvarez ')).toBe('alvarez')
  })

  it('matches the start of any name and every word typed', () => {
    expect(names(filterSquad(SQUAD, { query: 'oka' }))).toEqual(['Ada Okafor'])
    expect(names(filterSquad(SQUAD, { query: 'ada oka' }))).toEqual(['Ada Okafor'])
    expect(filterSquad(SQUAD, { query: 'ada baker' })).toEqual([])
  })

  it('finds a member id', () => {
    expect(names(filterSquad(SQUAD, { query: 'rh-003' }))).toEqual(['Maya Lindqvist'])
  })

  it('treats blank text as no search', () => {
    expect(matchesQuery(SQUAD[0], '   ')).toBe(true)
  })
})

describe('sort', () => {
  it('keeps the API order (worst first) by default', () => {
    expect(names(sortSquad(SQUAD, 'default'))).toEqual(names(SQUAD))
  })

  it('sorts by score with the unscored last both ways', () => {
    expect(names(sortSquad(SQUAD, 'score', 'asc'))).toEqual(['Ada Okafor', 'José Álvarez', 'Maya Lindqvist', 'Tom Baker', 'Li Wei'])
    expect(names(sortSquad(SQUAD, 'score', 'desc'))).toEqual(['Tom Baker', 'Maya Lindqvist', 'José Álvarez', 'Ada Okafor', 'Li Wei'])
  })

  it('sorts by name ignoring accents', () => {
    expect(names(sortSquad(SQUAD, 'name'))).toEqual(['Ada Okafor', 'José Álvarez', 'Li Wei', 'Maya Lindqvist', 'Tom Baker'])
  })

  it('keeps missing ACWR last and ties in API order', () => {
    const sorted = sortSquad(SQUAD, 'acwr', 'desc')
    expect(names(sorted).slice(0, 3)).toEqual(['José Álvarez', 'Ada Okafor', 'Maya Lindqvist'])
    expect(names(sorted).slice(3)).toEqual(['Tom Baker', 'Li Wei'])
  })

  it('does not change the list it sorts', () => {
    const copy = [...SQUAD]
    sortSquad(SQUAD, 'name', 'desc')
    expect(SQUAD).toEqual(copy)
  })
})

describe('counts and query string', () => {
  it('counts a list by status', () => {
    expect(countSquad(SQUAD)).toEqual({ athletes: 5, scored: 4, red: 2, amber: 1, green: 1, unscored: 1 })
    expect(countSquad(filterSquad(SQUAD, { level: 'beginner' }))).toEqual({ athletes: 2, scored: 1, red: 0, amber: 1, green: 0, unscored: 1 })
  })

  it('reads the filter from the address and ignores unknown values', () => {
    expect(filterFromQuery({ status: 'red', level: 'advanced', q: 'ada' })).toEqual({ status: 'red', level: 'advanced', query: 'ada' })
    expect(filterFromQuery({ status: 'purple', level: ['beginner'], q: undefined })).toEqual({ status: 'all', level: 'beginner', query: '' })
    expect(isFiltered({ status: 'all', level: 'all', query: ' ' })).toBe(false)
    expect(isFiltered({ status: 'all', level: 'all', query: 'a' })).toBe(true)
  })
})
