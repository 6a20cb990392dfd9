import { describe, expect, it } from 'vitest'
import type { SessionView } from '../src/api/types'
import {
  checkHealthEventForm, checkSessionForm, emptyHealthEventForm, healthEventRequest, numberOrNull, sessionForm,
  sessionRequest, timeOfDay, withExclusion,
} from '../src/forms'

const session: SessionView = {
  id: 2050, athleteId: 150, date: '2026-11-24', startTime: '07:30:00', type: 'intervals', movingMinutes: 52,
  elapsedMinutes: 60, distanceKm: 11.2, rpe: 8, avgHr: 158, maxHr: 183, warmUpMinutes: 15, pain: false, excluded: false,
  notes: 'track 6x800', source: 'api', version: 3,
}

describe('session form', () => {
  it('sends the whole session back, unrecorded values as null', () => {
    const body = sessionRequest(sessionForm(session))
    expect(body).toEqual({
      date: '2026-11-24', startTime: '07:30', type: 'intervals', movingMinutes: 52, elapsedMinutes: 60, distanceKm: 11.2,
      rpe: 8, avgHr: 158, maxHr: 183, warmUpMinutes: 15, refuelMinutes: null, carbsG: null, proteinG: null, pain: false,
      painLocation: null, painScore: null, muscleSoreness: null, notes: 'track 6x800', excluded: false, excludedReason: null,
    })
  })

  it('excludes a session with its reason and keeps everything else', () => {
    const body = withExclusion(session, true, 'watch recorded the drive home')
    expect(body).toMatchObject({ excluded: true, excludedReason: 'watch recorded the drive home', movingMinutes: 52, rpe: 8 })
    expect(withExclusion({ ...session, excluded: true, excludedReason: 'x' }, false, null)).toMatchObject({ excluded: false, excludedReason: null })
  })

  it('checks what it can before sending', () => {
    const f = sessionForm(session)
    expect(checkSessionForm(f)).toEqual({})
    expect(checkSessionForm({ ...f, rpe: '11' })).toEqual({ rpe: 'RPE must be between 0 and 10 (CR-10 scale)' })
    expect(checkSessionForm({ ...f, movingMinutes: 'fifty' })).toEqual({ movingMinutes: 'enter a number' })
    expect(checkSessionForm({ ...f, excluded: true, excludedReason: ' ' })).toEqual({ excludedReason: 'say why the session is excluded' })
  })

  it('reads numbers with a decimal comma and empty as not recorded', () => {
    expect(numberOrNull('12,5')).toBe(12.5)
    expect(numberOrNull(' ')).toBeNull()
    expect(numberOrNull('x')).toBeNaN()
    expect(timeOfDay('18:05:00')).toBe('18:05')
    expect(timeOfDay(null)).toBe('')
  })
})

describe('injury form', () => {
  it('needs a body location for an injury but not for an illness', () => {
    const f = emptyHealthEventForm('2026-11-27')
    expect(checkHealthEventForm(f)).toEqual({ bodyLocation: 'an injury needs its body location' })
    expect(checkHealthEventForm({ ...f, kind: 'illness' })).toEqual({})
  })

  it('refuses an end before the start and days lost out of range', () => {
    const f = { ...emptyHealthEventForm('2026-11-27'), bodyLocation: 'achilles', endedOn: '2026-11-20', daysLost: '400' }
    expect(Object.keys(checkHealthEventForm(f)).sort()).toEqual(['daysLost', 'endedOn'])
  })

  it('sends empty fields as null', () => {
    expect(healthEventRequest({ ...emptyHealthEventForm('2026-11-27'), bodyLocation: 'achilles', severity: 'moderate', daysLost: '3' })).toEqual({
      kind: 'injury', startedOn: '2026-11-27', endedOn: null, bodyLocation: 'achilles', severity: 'moderate', daysLost: 3, note: null,
    })
  })
})
