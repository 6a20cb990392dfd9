/** How pages get ECharts: one dynamic import, so it is a chunk of its own fetched when the first chart mounts. */
import type { ChartHandle } from './echarts'

export interface ChartModule {
  createChart(element: HTMLElement, onFinished: () => void): ChartHandle
}

export const chartLoader = {
  load: (): Promise<ChartModule> => import('./echarts'),
}
