/** Routes (history mode; the server answers index.html for every path that is not the API's). */
import { ref } from 'vue'
import { createRouter, createWebHistory, type RouteLocationNormalized, type Router } from 'vue-router'
import type { ApiProblem } from './api/client'
import { toProblem } from './api/client'
import { hooks } from './api/http'
import { resetPageReady } from './pageReady'
import { clearSession, ensureSession, homePath, rememberClub } from './session'
import { isPlatformAdmin } from './state'

declare module 'vue-router' {
  interface RouteMeta {
    public?: boolean
  }
}

/** A problem met before any page could load (the session could not be checked). */
export const bootProblem = ref<ApiProblem | null>(null)

const Empty = { render: () => null }

export function createAppRouter(): Router {
  const router = createRouter({
    history: createWebHistory('/'),
    routes: [
      { path: '/sign-in', name: 'sign-in', component: () => import('./pages/SignInPage.vue'), meta: { public: true } },
      // an athlete's check-in and reminder unsubscribe: the token in the address is the only credential
      { path: '/check-in/:token', name: 'check-in', component: () => import('./pages/CheckInPage.vue'), meta: { public: true } },
      { path: '/check-in-unsubscribe/:token', name: 'check-in-unsubscribe', component: () => import('./pages/CheckInUnsubscribePage.vue'),
        meta: { public: true } },
      { path: '/', name: 'home', component: Empty, beforeEnter: () => homePath() },
      { path: '/clubs', name: 'clubs', component: () => import('./pages/ClubPickerPage.vue') },
      { path: '/clubs/:clubId(\\d+)', redirect: (to) => `/clubs/${String(to.params.clubId)}/squad` },
      { path: '/clubs/:clubId(\\d+)/squad', name: 'squad', component: () => import('./pages/SquadPage.vue') },
      { path: '/athletes/:athleteId(\\d+)', name: 'athlete', component: () => import('./pages/AthletePage.vue') },
      { path: '/athletes/:athleteId(\\d+)/plan', name: 'plan', component: () => import('./pages/PlanPage.vue') },
      { path: '/clubs/:clubId(\\d+)/import', name: 'import', component: () => import('./pages/ImportPage.vue') },
      { path: '/imports/:importId(\\d+)', name: 'import-detail', component: () => import('./pages/ImportDetailPage.vue') },
      { path: '/clubs/:clubId(\\d+)/check-in', name: 'check-in-links', component: () => import('./pages/CheckInLinksPage.vue') },
      { path: '/clubs/:clubId(\\d+)/reports', name: 'reports', component: () => import('./pages/ReportsPage.vue') },
      { path: '/clubs/:clubId(\\d+)/settings', name: 'settings', component: () => import('./pages/SettingsPage.vue') },
      { path: '/scoring-runs', name: 'scoring-runs', component: () => import('./pages/ScoringRunsPage.vue') },
      { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./pages/NotFoundPage.vue') },
    ],
    scrollBehavior(to, from, saved) {
      if (saved) return saved
      if (to.path === from.path) return false
      return { top: 0 }
    },
  })

  router.beforeEach(async (to) => {
    if (to.meta.public) return true
    try {
      if (await ensureSession()) return true
    } catch (e) {
      bootProblem.value = toProblem(e)
    }
    return { name: 'sign-in', query: { next: to.fullPath } }
  })

  router.afterEach((to, from) => {
    if (to.path !== from.path) resetPageReady()
    // a platform admin comes back to the club last looked at
    const clubId = Number(to.params.clubId)
    if (isPlatformAdmin() && Number.isInteger(clubId) && clubId > 0) rememberClub(clubId)
  })

  let redirecting = false
  hooks.unauthorized = () => {
    clearSession()
    const current: RouteLocationNormalized = router.currentRoute.value
    if (redirecting || current.meta.public) return
    redirecting = true
    router.replace({ name: 'sign-in', query: { next: current.fullPath, expired: '1' } })
      .finally(() => {
        redirecting = false
      })
  }

  return router
}
