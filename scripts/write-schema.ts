// Writes docs/report.schema.json from the zod definition (src/report/schema.ts).
// Run: npm run schema. A test fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../src/report/schema.js';

writeFileSync('docs/report.schema.json', JSON.stringify(reportJsonSchema(), null, 2) + '\n');
console.log('wrote docs/report.schema.json');
