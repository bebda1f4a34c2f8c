// One worker process for bench/e2e.ts: node --import tsx bench/e2e-worker.ts PG_URL REDIS PREFIX [on|off]
// (the last: extraction on a thread of its own, default on)
import { PostgresStore } from '../src/store/postgres/index.js';
import { startWorker } from '../src/queue/bullmq.js';

const [url, redis, prefix, thread] = process.argv.slice(2) as [string, string, string, string | undefined];
const store = await PostgresStore.connect(url);
const worker = startWorker(store, redis, { prefix, extractThread: thread !== 'off' });
await worker.waitUntilReady();
process.stdout.write('ready\n');
process.once('SIGTERM', () => void worker.close().then(() => store.close()).then(() => process.exit(0)));
