/** The document title: page, club, product. */
import { watchEffect } from 'vue'
import { clubContext } from './state'

export function usePageTitle(title: () => string | null | undefined): void {
  watchEffect(() => {
    const parts = [title(), clubContext.club?.name, 'Loadwise'].filter((p): p is string => !!p)
    document.title = parts.join(' · ')
  })
}
