/**
 * The club being looked at: loaded once and kept for this tab, so moving between pages (or reloading) does not ask
 * for it again. Its locale formats every number and date, and sets the page's lang attribute.
 */
import { computed } from 'vue'
import { http } from './api/http'
import type { ClubView } from './api/types'
import { createFormatter, type Formatter } from './format'
import { clubContext } from './state'

const CACHE_PREFIX = 'loadwise.club.'
const inFlight = new Map<number, Promise<ClubView>>()

function readCached(id: number): ClubView | null {
  try {
    const text = window.sessionStorage.getItem(CACHE_PREFIX + id)
    return text ? (JSON.parse(text) as ClubView) : null
  } catch {
    return null
  }
}

export function rememberClubView(club: ClubView): void {
  try {
    window.sessionStorage.setItem(CACHE_PREFIX + club.id, JSON.stringify(club))
  } catch {
    // storage full or unavailable: the club is asked for again next time
  }
  if (clubContext.clubId === club.id) clubContext.club = club
}

export function cachedClub(id: number): ClubView | null {
  if (clubContext.club?.id === id) return clubContext.club
  return readCached(id)
}

/** The club, from this tab's copy or the API (one request at a time per club). */
export function loadClub(id: number): Promise<ClubView> {
  const cached = cachedClub(id)
  if (cached) return Promise.resolve(cached)
  let request = inFlight.get(id)
  if (!request) {
    request = http.get<ClubView>(`/clubs/${id}`)
      .then((club) => {
        rememberClubView(club)
        return club
      })
      .finally(() => inFlight.delete(id))
    inFlight.set(id, request)
  }
  return request
}

/** Makes the club the one the header and formatting use; loads it unless `load` is false. */
export function setCurrentClub(id: number | null, load = true): Promise<ClubView | null> {
  clubContext.clubId = id
  if (id == null) {
    clubContext.club = null
    return Promise.resolve(null)
  }
  const cached = cachedClub(id)
  clubContext.club = cached
  if (cached || !load) return Promise.resolve(cached)
  return loadClub(id).then((club) => {
    if (clubContext.clubId === id) clubContext.club = club
    return club
  })
}

export function forgetClubs(): void {
  try {
    for (let i = window.sessionStorage.length - 1; i >= 0; i--) {
      const key = window.sessionStorage.key(i)
      if (key?.startsWith(CACHE_PREFIX)) window.sessionStorage.removeItem(key)
    }
  } catch {
    // nothing kept
  }
  clubContext.club = null
}

/** Numbers and dates in the current club's locale and time zone. */
export const fmt = computed<Formatter>(() => createFormatter(clubContext.club?.locale, clubContext.club?.timeZone))

export function useFormat() {
  return fmt
}
