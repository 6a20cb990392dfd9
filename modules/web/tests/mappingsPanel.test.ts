import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CLUB, CLUB_ADMIN, json, mockApi, mountApp, resetApp, signedIn, until } from './helpers'

beforeEach(resetApp)
afterEach(() => {
  resetApp()
  vi.unstubAllGlobals()
})

const ROUTES = {
  'GET /clubs/50': CLUB,
  'GET /clubs/50/imports': { items: [], page: 0, size: 20, total: 0 },
}

async function openForm() {
  const { wrapper } = await mountApp('/clubs/50/import')
  await until(() => wrapper.findAll('button').some((b) => b.text() === 'Add a mapping'))
  await wrapper.findAll('button').find((b) => b.text() === 'Add a mapping')!.trigger('click')
  return wrapper
}

describe('saved column mappings', () => {
  it('asks which end of a scale is the worst where the header does not say, and saves the answer', async () => {
    signedIn(CLUB_ADMIN)
    let saved = false
    const api = mockApi({
      ...ROUTES,
      'GET /clubs/50/import-mappings': () => json(200, saved ? [{ id: 1, clubId: 50, name: 'Scales',
        columns: { 'Fatigue (1-5)': 'fatigue' }, highIs: { 'Fatigue (1-5)': 'better' } }] : []),
      'POST /clubs/50/import-mappings': () => {
        saved = true
        return json(201, {})
      },
    })
    const wrapper = await openForm()
    const form = wrapper.get('form.mapping-form')
    await form.findAll('input')[0].setValue('Scales')
    await form.get('textarea').setValue('Member ID\nDate\nFatigue (1-5)\nSleep quality (1=poor, 5=great)')
    const selects = form.findAll('select')
    await selects[0].setValue('memberId')
    await selects[1].setValue('date')
    await selects[2].setValue('fatigue')
    await selects[3].setValue('sleepQuality')

    // only the header without a direction is asked about
    const asked = wrapper.get('[data-test="mapping-directions"]')
    expect(asked.findAll('select')).toHaveLength(1)
    expect(asked.get('[data-test="high-is-Fatigue (1-5)"]').findAll('option').map((o) => o.text()))
      .toEqual(['(choose)', '5 is the worst (e.g. exhausted, very sore)', '5 is the best (e.g. fresh, great)'])

    // not answered: nothing is sent
    await form.trigger('submit')
    expect(asked.text()).toContain('say which end of the scale is the worst for “Fatigue (1-5)”')
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false)

    await asked.get('[data-test="high-is-Fatigue (1-5)"]').setValue('better')
    await form.trigger('submit')
    await until(() => api.calls.some((c) => c.method === 'POST'))
    expect(api.calls.find((c) => c.method === 'POST')!.body).toEqual({
      name: 'Scales',
      headers: ['Member ID', 'Date', 'Fatigue (1-5)', 'Sleep quality (1=poor, 5=great)'],
      columns: { 'Member ID': 'memberId', Date: 'date', 'Fatigue (1-5)': 'fatigue', 'Sleep quality (1=poor, 5=great)': 'sleepQuality' },
      highIs: { 'Fatigue (1-5)': 'better' },
    })
    await until(() => wrapper.text().includes('(high is better)'))
    expect(wrapper.text()).toContain('Fatigue (1-5) → fatigue (high is better)')
  })
})
