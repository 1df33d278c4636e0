import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/*
 * One trace id per request (Logboek Dataverwerkingen's `trace_id`): the hooks run each request
 * inside `withTrace`, so every audit entry the request writes — a view in a load, a change deep in a
 * use-case's transaction — carries the same id without passing it through every signature.
 */
const store = new AsyncLocalStorage<string>();

export const withTrace = <T>(work: () => T): T => store.run(randomUUID(), work);

/** The request's trace id; outside a request (a job, a script, a test) a fresh one per call. */
export const traceId = (): string => store.getStore() ?? randomUUID();
