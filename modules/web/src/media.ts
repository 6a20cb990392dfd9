/** A reactive media query: true while it matches (false where matchMedia is missing, as in tests). */
import { onBeforeUnmount, ref, type Ref } from 'vue'

export function useMediaQuery(query: string): Ref<boolean> {
  const supported = typeof window !== 'undefined' && typeof window.matchMedia === 'function'
  const list = supported ? window.matchMedia(query) : null
  const matches = ref(list?.matches ?? false)
  const update = (e: MediaQueryListEvent) => {
    matches.value = e.matches
  }
  list?.addEventListener?.('change', update)
  onBeforeUnmount(() => list?.removeEventListener?.('change', update))
  return matches
}

/** Phones: the squad shows cards instead of a table. */
export const PHONE_QUERY = '(max-width: 699px)'
