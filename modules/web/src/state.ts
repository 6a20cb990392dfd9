/** The signed-in user and the club being looked at, shared by every page. */
import { reactive } from 'vue'
import type { ClubView, Me } from './api/types'

export const auth = reactive({
  me: null as Me | null,
  /** The user's display name, when the session gives one. */
  displayName: null as string | null,
  csrfToken: null as string | null,
  idleTimeoutSeconds: 1800,
  /** True once the session is known (signed in or not) in this page load. */
  checked: false,
})

export const clubContext = reactive({
  /** The club the pages show (route, athlete or import); null on pages of no club. */
  clubId: null as number | null,
  club: null as ClubView | null,
})

export function isPlatformAdmin(): boolean {
  return auth.me?.role === 'platform-admin'
}

/** Club admins (of their club) and platform admins: club settings, users, keys, recipients. */
export function isClubAdmin(): boolean {
  return auth.me?.role === 'club-admin' || auth.me?.role === 'platform-admin'
}

/** Coaches and admins may record training, import files, acknowledge findings. */
export function canWriteLog(): boolean {
  return auth.me?.role === 'coach' || isClubAdmin()
}
