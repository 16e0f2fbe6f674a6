/** A measurement's samples, summarised the way the bench table prints them. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  count: number;
}

export function summarise(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('No samples to summarise.');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, count: sorted.length };
}

/** One row of the table: the product's figure against the baseline measured in the same run. */
export interface BenchRow {
  what: string;
  unit: string;
  product: readonly number[];
  baseline: readonly number[];
  /** The goal for the ratio product / baseline (met when the ratio is at most this). */
  goal?: number;
  /** An absolute goal for the product's median, in `unit` (one frame, say). */
  budget?: number;
  /** What the baseline is, said once under the table. */
  baselineIs: string;
}

function figure(summary: Summary, unit: string): string {
  const digits = summary.median >= 100 ? 0 : summary.median >= 10 ? 1 : 2;
  const f = (value: number) => value.toFixed(digits);
  return `${f(summary.median)} ${unit} (${f(summary.min)}–${f(summary.max)})`;
}

/** The table `npm run bench` prints: medians with min–max, and the ratio to the baseline. */
export function formatTable(rows: readonly BenchRow[]): string {
  const lines = rows.map((row) => {
    const product = summarise(row.product);
    const baseline = summarise(row.baseline);
    const ratio = baseline.median === 0 ? Number.NaN : product.median / baseline.median;
    const verdicts = [];
    if (row.goal !== undefined)
      verdicts.push(ratio <= row.goal ? `ratio ≤ ${row.goal} met` : `ratio > ${row.goal} MISSED`);
    if (row.budget !== undefined)
      verdicts.push(
        product.median <= row.budget
          ? `median ≤ ${row.budget} ${row.unit} met`
          : `median > ${row.budget} ${row.unit} MISSED`,
      );
    const verdict = verdicts.join('; ');
    return [
      row.what,
      figure(product, row.unit),
      figure(baseline, row.unit),
      Number.isFinite(ratio) ? ratio.toFixed(2) : 'n/a',
      verdict,
    ];
  });
  const header = ['what', 'product median (min–max)', 'baseline median (min–max)', 'ratio', 'goal'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]!.length)),
  );
  const render = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  const notes = rows.map((row) => `- ${row.what}: baseline is ${row.baselineIs}`);
  return [
    render(header),
    render(widths.map((width) => '-'.repeat(width))),
    ...lines.map(render),
    '',
    ...notes,
  ].join('\n');
}
