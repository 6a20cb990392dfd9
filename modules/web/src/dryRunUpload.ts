import { computed, ref, type Ref } from 'vue'
import { toProblem, type ApiProblem } from './api/client'
import type { RowProblem } from './api/types'

/**
 * A file checked first (a dry run) and written only when the user commits it, all or nothing: the roster and plan
 * uploads. `send(file, dryRun)` calls the API; `canCommit` decides whether the checked result may be written;
 * `fileInput` is the page's file field, emptied after each check so the same file can be chosen again.
 */
export function useDryRunUpload<T extends { errors: RowProblem[] }>(
  send: (file: File, dryRun: boolean) => Promise<{ data: T }>,
  canCommit: (checked: T) => boolean,
  fileInput: Ref<HTMLInputElement | null>,
  onCommitted?: () => void,
) {
  const file = ref<File | null>(null)
  const busy = ref<'check' | 'commit' | null>(null)
  const checked = ref<T | null>(null) as Ref<T | null>
  const committed = ref<T | null>(null) as Ref<T | null>
  const problem = ref<ApiProblem | null>(null)

  /** The errors of the dry run, or those a refused commit listed (same places, without the column letter). */
  const errors = computed<RowProblem[]>(() => {
    if (problem.value && problem.value.errors.some((e) => e.row != null)) {
      return problem.value.errors.filter((e) => e.row != null).map((e) => ({
        sheet: e.sheet ?? null, row: e.row as number, column: e.column ?? null, value: e.value ?? null,
        problem: e.message ?? '', fix: e.fix ?? null,
      }))
    }
    return checked.value?.errors ?? []
  })
  const ready = computed(() => !!checked.value && !!file.value && !busy.value && canCommit(checked.value))

  async function check(picked: File) {
    file.value = picked
    checked.value = null
    committed.value = null
    problem.value = null
    busy.value = 'check'
    try {
      checked.value = (await send(picked, true)).data
    } catch (e) {
      problem.value = toProblem(e)
    } finally {
      busy.value = null
      if (fileInput.value) fileInput.value.value = ''
    }
  }

  async function commit() {
    if (!file.value || !ready.value) return
    problem.value = null
    busy.value = 'commit'
    try {
      committed.value = (await send(file.value, false)).data
      checked.value = null
      file.value = null
      onCommitted?.()
    } catch (e) {
      problem.value = toProblem(e)
    } finally {
      busy.value = null
    }
  }

  function onPick(event: Event) {
    const picked = (event.target as HTMLInputElement).files?.[0]
    if (picked) void check(picked)
  }

  return { file, busy, checked, committed, problem, errors, ready, check, commit, onPick }
}
