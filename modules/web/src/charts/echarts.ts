/**
 * The one module that imports ECharts: only its core and the parts the athlete page draws. Pages load it with a
 * dynamic import (see components/ChartBox.vue), so ECharts stays out of the initial bundle.
 */
import { init, use } from 'echarts/core'
import { BarChart, LineChart } from 'echarts/charts'
import {
  AxisPointerComponent,
  GridComponent,
  LegendPlainComponent,
  MarkAreaComponent,
  TooltipComponent,
} from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'

use([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  AxisPointerComponent,
  LegendPlainComponent,
  MarkAreaComponent,
  SVGRenderer,
])

export interface ChartHandle {
  setOption(option: Record<string, unknown>): void
  resize(): void
  dispose(): void
}

/** Draws into the element; onFinished is called each time ECharts has finished drawing. */
export function createChart(element: HTMLElement, onFinished: () => void): ChartHandle {
  const chart = init(element, undefined, { renderer: 'svg' })
  chart.on('finished', onFinished)
  return {
    setOption: (option) => chart.setOption(option, { notMerge: true }),
    resize: () => chart.resize(),
    dispose: () => chart.dispose(),
  }
}
