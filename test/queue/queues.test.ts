import { randomUUID } from 'node:crypto';
import { MemoryQueue } from '../../src/queue/memory.js';
import { BullQueue, startWorker } from '../../src/queue/bullmq.js';
import { queueContract } from './contract.js';

import { REDIS } from './redis.js';

queueContract('in-process', async (store) => {
  const queue = new MemoryQueue(store);
  return { queue, close: () => queue.close() };
});

// Real Redis (scripts/system-deps.sh starts it); each test gets its own key prefix.
for (const extractThread of [true, false]) {
  queueContract(`BullMQ on Redis${extractThread ? '' : ', extraction on the job\'s thread'}`, async (store) => {
    const prefix = `parallax-test-${randomUUID()}`;
    const queue = new BullQueue(REDIS, { prefix });
    const worker = startWorker(store, REDIS, { prefix, extractThread });
    await worker.waitUntilReady().catch((e: Error) => {
      throw new Error(`Redis is not reachable at ${REDIS} (${e.message}): run bash scripts/system-deps.sh, which installs and starts it`);
    });
    return {
      queue,
      close: async () => {
        await worker.close();
        await queue.close();
      },
    };
  });
}
