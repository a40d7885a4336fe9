import { parentPort, workerData } from 'node:worker_threads';
import { openReader } from '../query/open.js';
import type { SearchReply, SearchRequest, WorkerData } from './background-search.js';

// The browser's search thread (see background-search.ts): the same corpus, the same `reader.select` as `directives search`.
const { corpus, search } = workerData as WorkerData;
const reader = await openReader(corpus);

parentPort?.on('message', (request: SearchRequest) => {
  let reply: SearchReply;
  try {
    const hits = reader.select({ query: request.query, criteria: request.criteria, search, ...(request.sort ? { sort: request.sort } : {}) });
    reply = { id: request.id, hits: hits.map((hit) => ({ id: hit.directive.id, score: hit.score, matches: hit.matches })) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
