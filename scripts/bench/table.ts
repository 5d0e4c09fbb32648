// The one table the benchmark prints: a metric, its value, the target and the verdict.
// File and folder sizes are decimal (1 KB = 1,000 bytes, 1 GB = 10^9), the stricter reading of the
// targets; heap sizes (report.ts) are MiB, as Node and V8 count them, written MB.
// Its column padding serves the Lighthouse table too.

export interface Row {
  metric: string;
  value: string;
  target: string;
  /** null: reported for context, no target. */
  pass: boolean | null;
}

export function info(metric: string, value: string): Row {
  return { metric, value, target: "", pass: null };
}

export function atMost(metric: string, value: number, limit: number | null, show: (n: number) => string): Row {
  return { metric, value: show(value), target: limit === null ? "" : `≤ ${show(limit)}`, pass: limit === null ? null : value <= limit };
}

export function atLeast(metric: string, value: number, limit: number, show: (n: number) => string): Row {
  return { metric, value: show(value), target: `≥ ${show(limit)}`, pass: value >= limit };
}

export const kb = (bytes: number) => `${(bytes / 1e3).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
export const gb = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const ms = (value: number) => `${value.toFixed(2)} ms`;
export const perSecond = (value: number) => `${Math.round(value).toLocaleString("en-US")} req/s`;
export const ratio = (value: number) => value.toFixed(2);

/** East Asian characters take two columns in a terminal; pad by columns, not by code units. */
export function columns(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1;
  return width;
}

/** `text` filled with spaces to `width` columns, after it or, for numbers, before it. */
export function pad(text: string, width: number, alignRight = false): string {
  const space = " ".repeat(Math.max(0, width - columns(text)));
  return alignRight ? space + text : text + space;
}

export function formatTable(rows: readonly Row[]): string {
  const cells = rows.map((row) => [row.metric, row.value, row.target, row.pass === null ? "" : row.pass ? "pass" : "FAIL"]);
  const header = ["metric", "value", "target", "result"];
  const widths = header.map((title, column) => Math.max(columns(title), ...cells.map((cell) => columns(cell[column] ?? ""))));
  const line = (cell: string[]) => cell.map((text, column) => pad(text, widths[column] ?? 0)).join("  ").trimEnd();
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...cells.map(line)].join("\n");
}
