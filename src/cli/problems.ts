// One line per problem on stderr: "rejected: file.jsonl:2: expected ... [malformed-json]".
import { formatDiagnostic, type Diagnostic } from '../core/diagnostics.js';

export function printProblems(problems: Diagnostic[]): void {
  for (const p of problems) console.error(`${p.severity === 'error' ? 'rejected' : p.severity}: ${formatDiagnostic(p)}`);
}
