import { Worker } from 'node:worker_threads';
import type { Directive } from '../model/types.js';
import type { Criteria } from '../query/filter.js';
import type { SearchHit, SearchMatch, SearchOptions } from '../query/search.js';
import type { SortOptions } from '../query/sort.js';

export interface SearchRequest {
  id: number;
  query: string;
  criteria: Criteria;
  sort?: SortOptions;
}

/** Hits travel as directive ids: cloning 100k directive objects back would cost more than it saves. */
export type SearchReply =
  | { id: number; hits: Array<{ id: string; score: number; matches: SearchMatch[] }> }
  | { id: number; error: string };

export interface WorkerData {
  corpus: string;
  search: SearchOptions;
}

export interface BackgroundSearch {
  search: (query: string, criteria: Criteria, sort?: SortOptions) => Promise<SearchHit[]>;
  close: () => Promise<void>;
}

interface Waiter {
  resolve: (hits: SearchHit[]) => void;
  reject: (error: Error) => void;
}

/**
 * The browser's search in a worker thread (`worker`: search-worker.ts as built,
 * passed in by the caller, which knows where the built files are), which opens the
 * same corpus and calls the same `reader.select` as `directives search`; hits
 * come back as ids and `directive` turns them into the caller's own objects.
 * One search runs at a time; of the requests made meanwhile only the newest is
 * run, and those it superseded settle with its answer (the browser shows only
 * the newest anyway).
 */
export function workerSearch(worker: URL, corpusPath: string, options: SearchOptions, directive: (id: string) => Directive | null): BackgroundSearch {
  const data: WorkerData = { corpus: corpusPath, search: options };
  const thread = new Worker(worker, { workerData: data });
  let nextId = 0;
  let running: { id: number; waiters: Waiter[] } | null = null;
  let queued: { request: SearchRequest; waiters: Waiter[] } | null = null;
  let failure: Error | null = null;

  const send = (request: SearchRequest, waiters: Waiter[]): void => {
    running = { id: request.id, waiters };
    thread.postMessage(request);
  };
  const failAll = (error: Error): void => {
    failure = error;
    for (const waiter of [...(running?.waiters ?? []), ...(queued?.waiters ?? [])]) waiter.reject(error);
    running = null;
    queued = null;
  };
  thread.on('message', (reply: SearchReply) => {
    const done = running;
    if (done === null || done.id !== reply.id) return;
    running = null;
    if ('error' in reply) return failAll(new Error(reply.error));
    const hits = reply.hits.flatMap(({ id, score, matches }) => {
      const found = directive(id);
      return found ? [{ directive: found, score, matches }] : [];
    });
    for (const waiter of done.waiters) waiter.resolve(hits);
    if (queued) {
      const next = queued;
      queued = null;
      send(next.request, next.waiters);
    }
  });
  thread.on('error', failAll);
  thread.on('exit', (code) => {
    if (code !== 0) failAll(new Error(`the search worker stopped (exit code ${code})`));
  });

  return {
    search: (query, criteria, sort) =>
      new Promise<SearchHit[]>((resolve, reject) => {
        if (failure) return reject(failure);
        const request: SearchRequest = { id: ++nextId, query, criteria, ...(sort ? { sort } : {}) };
        const waiter: Waiter = { resolve, reject };
        if (running === null) send(request, [waiter]);
        else queued = { request, waiters: [...(queued?.waiters ?? []), waiter] };
      }),
    close: async () => {
      failure ??= new Error('the search worker was closed');
      await thread.terminate();
    },
  };
}
