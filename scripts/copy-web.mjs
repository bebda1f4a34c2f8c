// Copies the web app's static files next to the compiled client code (tsc -p tsconfig.web.json):
// pages to dist/web/, the stylesheet and the two vendor scripts to dist/web/assets/.
// Plain Node, no dependencies, paths relative to the repository root whatever the cwd.
// An optional argument names another output folder (the browser tests build into a temp dir).
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ? resolve(process.argv[2]) : join(root, 'dist', 'web');

function copy(from, to) {
  const source = join(root, from);
  if (!existsSync(source)) throw new Error(`copy-web: missing ${from}${from.startsWith('node_modules') ? ' (run npm install)' : ''}`);
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(source, to);
}

for (const name of readdirSync(join(root, 'web', 'pages'))) {
  if (name.endsWith('.html')) copy(join('web', 'pages', name), join(out, name));
}
copy(join('web', 'styles.css'), join(out, 'assets', 'styles.css'));
copy(join('node_modules', 'chart.js', 'dist', 'chart.umd.js'), join(out, 'assets', 'vendor', 'chart.umd.js'));
copy(join('node_modules', 'cytoscape', 'dist', 'cytoscape.min.js'), join(out, 'assets', 'vendor', 'cytoscape.min.js'));
console.log(`copy-web: pages, styles and vendor scripts copied to ${out}`);
