// Small statistics and the results table for the benchmark.
export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))
  return sorted[index] ?? Number.NaN
}

export const median = (values: readonly number[]): number => percentile(values, 0.5)

export interface BenchRow {
  readonly measure: string
  readonly value: string
  readonly budget?: string
}

export function printTable(rows: readonly BenchRow[]): void {
  const header: BenchRow = { measure: 'measure', value: 'value', budget: 'budget' }
  const all = [header, ...rows]
  const width = (key: keyof BenchRow) => Math.max(...all.map((row) => (row[key] ?? '').length))
  const [a, b, c] = [width('measure'), width('value'), width('budget')]
  const line = (row: BenchRow) =>
    `| ${row.measure.padEnd(a)} | ${row.value.padStart(b)} | ${(row.budget ?? '').padEnd(c)} |`
  const rule = `|${'-'.repeat(a + 2)}|${'-'.repeat(b + 2)}|${'-'.repeat(c + 2)}|`
  console.log(['', line(header), rule, ...rows.map(line), ''].join('\n'))
}

export const ms = (value: number): string => `${value.toFixed(1)} ms`
