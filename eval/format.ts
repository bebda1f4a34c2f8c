// Cell formatting shared by the evaluation tables (eval/run.ts, eval/extract-run.ts).
export const oneLine = (s: string, max = 160) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};
export const pct = (x: number) => (100 * x).toFixed(1);
export const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const cell = (s: string) => s.replace(/\|/g, '\\|');
