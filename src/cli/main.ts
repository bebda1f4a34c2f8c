#!/usr/bin/env -S node --max-semi-space-size=64
// Entry point of the `parallax` bin; everything else lives in program.ts so tests can import it.
// A young generation of up to 64 MB a half: at the default 16 MB a clustering batch lives through
// several collections and is copied each time (clustering at 950,000 articles: 446 -> 338 µs per
// article, docs/benchmarks.md).
import { main } from './program.js';

process.exitCode = await main(process.argv);
