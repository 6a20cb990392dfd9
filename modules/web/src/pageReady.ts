/** Pages say when their first data is shown; work that is not needed for that (the header's club list) waits for it. */
const listeners = new Set<() => void>()
let ready = false

export function markPageReady(): void {
  if (ready) return
  ready = true
  // for the browser tests and the performance budget: the page shows its first data now
  if (typeof document !== 'undefined') document.documentElement.dataset.pageReady = 'true'
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark('page-ready')
  for (const l of [...listeners]) l()
  listeners.clear()
}

/** Runs fn once the current page is ready, or after `fallbackMs` at the latest. */
export function whenPageReady(fn: () => void, fallbackMs = 1500): () => void {
  let done = false
  const run = () => {
    if (done) return
    done = true
    clearTimeout(timer)
    listeners.delete(run)
    fn()
  }
  const timer = setTimeout(run, fallbackMs)
  if (ready) queueMicrotask(run)
  else listeners.add(run)
  return () => {
    done = true
    clearTimeout(timer)
    listeners.delete(run)
  }
}

/** A new page is being shown. */
export function resetPageReady(): void {
  ready = false
  if (typeof document !== 'undefined') document.documentElement.dataset.pageReady = 'false'
}
