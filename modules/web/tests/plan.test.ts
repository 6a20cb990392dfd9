import { describe, expect, it } from 'vitest'
import { checkDrafts, draft, draftLoad, draftsOf, roomOn, weekDates, weekRequest } from '../src/plan'

describe('plan grid helpers', () => {
  it('lays out the seven days of an ISO week, across a new year too', () => {
    expect(weekDates('2026-W51')).toEqual(['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18',
      '2026-12-19', '2026-12-20'])
    expect(weekDates('2026-W53')[6]).toBe('2027-01-03')
  })

  it('starts a dropped session at its type’s typical minutes and RPE, and a rest day at none', () => {
    expect(draft('2026-12-15', 'intervals')).toMatchObject({ type: 'intervals', minutes: '50', intendedRpe: '7' })
    expect(draft('2026-12-16', 'rest')).toMatchObject({ minutes: '', intendedRpe: '' })
    expect(draftLoad(draft('2026-12-15', 'tempo'))).toBe(270)
    expect(draftLoad(draft('2026-12-16', 'rest'))).toBeNull()
  })

  it('checks minutes and intended RPE as the server does', () => {
    const ok = draft('2026-12-15', 'easy')
    const noMinutes = { ...draft('2026-12-15', 'tempo'), minutes: ' ' }
    const tooLong = { ...draft('2026-12-15', 'long'), minutes: '1441' }
    const badRpe = { ...draft('2026-12-16', 'hills'), intendedRpe: '11' }
    const rest = draft('2026-12-17', 'rest')
    const errors = checkDrafts([ok, noMinutes, tooLong, badRpe, rest])
    expect(Object.keys(errors).map(Number)).toEqual([noMinutes.key, tooLong.key, badRpe.key])
    expect(errors[noMinutes.key]?.minutes).toBe('planned minutes are required for a tempo session')
    expect(errors[tooLong.key]?.minutes).toBe('planned minutes must be between 0 and 1440')
    expect(errors[badRpe.key]?.intendedRpe).toBe('intended RPE must be between 0 and 10 (CR-10 scale)')
  })

  it('sends the week by date, decimals with a comma read as a point, empty values as null', () => {
    const sunday = { ...draft('2026-12-20', 'long'), minutes: '100,5' }
    const monday = draft('2026-12-14', 'easy')
    const rest = draft('2026-12-15', 'rest')
    expect(weekRequest([sunday, monday, rest])).toEqual({
      sessions: [
        { date: '2026-12-14', type: 'easy', minutes: 45, intendedRpe: 3 },
        { date: '2026-12-15', type: 'rest', minutes: null, intendedRpe: null },
        { date: '2026-12-20', type: 'long', minutes: 100.5, intendedRpe: 4 },
      ],
    })
  })

  it('keeps at most three sessions on a day and reads a saved plan back into drafts', () => {
    const day = '2026-12-15'
    const three = [draft(day, 'easy'), draft(day, 'strength'), draft(day, 'strides')]
    expect(roomOn(three.slice(0, 2), day)).toBe(true)
    expect(roomOn(three, day)).toBe(false)
    expect(roomOn(three, '2026-12-16')).toBe(true)
    const drafts = draftsOf({ athleteId: 1, week: '2026-W51', monday: '2026-12-14', sunday: '2026-12-20', plannedLoad: 400,
      withoutLoad: 0, sessions: [{ id: 7, athleteId: 1, date: day, type: 'intervals', minutes: 50, intendedRpe: 8, source: 'api' }] })
    expect(drafts).toEqual([expect.objectContaining({ date: day, type: 'intervals', minutes: '50', intendedRpe: '8' })])
  })
})
