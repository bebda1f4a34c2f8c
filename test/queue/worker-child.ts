// A BullMQ worker in its own process, for the crash test: node --import tsx worker-child.ts DB REDIS PREFIX
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { startWorker } from '../../src/queue/bullmq.js';

const [db, redis, prefix] = process.argv.slice(2) as [string, string, string];
const worker = startWorker(new SqliteStore(db), redis, { prefix, lockDuration: 1000, stalledInterval: 500 });
worker.on('active', (job) => process.stdout.write(`active ${job.id}\n`));
