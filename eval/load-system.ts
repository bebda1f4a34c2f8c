// Loads a system-under-test module by dynamic import, so the harness (and the typecheck) work
// when the module is missing. Only the module itself being absent counts as "missing"; a
// missing import inside it, or any other load error, is reported as a failure to load.
import { fileURLToPath } from 'node:url';

const oneLine = (s: string, max = 160) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/**
 * `specifier` is resolved against `base` (a folder URL ending in "/"); `label` names the module
 * in the reasons ("src/analyze/extract-eval.ts missing").
 */
export async function loadSystemModule(specifier: string, base: URL, label: string): Promise<{ module: Record<string, unknown> } | { unavailable: string }> {
  const url = new URL(specifier, base);
  try {
    return { module: (await import(url.href)) as Record<string, unknown> };
  } catch (e) {
    const err = e as { code?: string; message?: string };
    const target = url.protocol === 'file:' ? fileURLToPath(url).replace(/\.[cm]?[jt]s$/, '') : url.href;
    const missing = err.code === 'ERR_MODULE_NOT_FOUND' && [`'${target}.js'`, `'${target}.ts'`, `'${target}'`].some((t) => (err.message ?? '').includes(`module ${t}`));
    return { unavailable: missing ? `${label} missing` : `${label} failed to load: ${oneLine(err.message ?? String(e))}` };
  }
}
