#!/usr/bin/env node
// Entry point of the `parallax` bin; everything else lives in program.ts so tests can import it.
import { main } from './program.js';

process.exitCode = await main(process.argv);
