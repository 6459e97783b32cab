import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';

/**
 * Work on a pull request's text whose cost the pull request decides (parsing its SQL, running the
 * rules over it, rendering the review) runs in worker threads. A task past its deadline or its
 * heap is ended together with its thread, so a hostile statement or identifier can stall or
 * exhaust one review, never the process: its event loop keeps serving webhooks, other reviews
 * and signals.
 */

/** Heap of one worker thread; past it the thread dies, not the process. */
export const TASK_HEAP_MB = 512;

export type TaskLimit = 'time' | 'memory';

/** A task ended by its limit: the review reports it instead of its result. */
export class TaskLimitError extends Error {
  constructor(
    readonly task: string,
    readonly limit: TaskLimit,
  ) {
    super(limit === 'time' ? `the ${task} task did not finish in time` : `the ${task} task ran out of its ${TASK_HEAP_MB} MB of memory`);
    this.name = 'TaskLimitError';
  }
}

/**
 * The worker's module, src/tasks.ts: an entry point, since it loads the stages that use this pool.
 * Under jest the sources are TypeScript, which a worker thread cannot load, so it loads the build
 * of the same file (npm test builds first); a build keeps it one folder up from this file, the
 * bundled CLI beside its chunks under the same name.
 */
function tasksFile(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) return here.replace(/[/\\]src[/\\]isolate[/\\]pool\.ts$/, '/dist/tasks.js');
  return fileURLToPath(new URL(/[/\\]isolate[/\\]pool\.js$/.test(here) ? '../tasks.js' : './tasks.js', import.meta.url));
}

let pool: Piscina | undefined;

function threads(): Piscina {
  pool ??= new Piscina({
    filename: tasksFile(),
    minThreads: 1,
    maxThreads: Math.max(2, availableParallelism()),
    // A thread outlives its task so the next review does not pay for loading the parser and rules.
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: TASK_HEAP_MB },
  });
  return pool;
}

/** Starts a worker thread ahead of the first task: a first review reads the repository meanwhile, instead of waiting for the thread after. */
export function startTasks(): void {
  threads();
}

/** Worker threads running now (tests). */
export function runningTasks(): number {
  return pool?.threads.length ?? 0;
}

/** Runs an exported function of tasks.ts in a worker thread, ending it at `deadline` (epoch ms). */
export async function runTask<I, O>(task: string, input: I, deadline: number): Promise<O> {
  const ms = deadline - Date.now();
  if (ms <= 0) throw new TaskLimitError(task, 'time');
  const signal = AbortSignal.timeout(ms);
  try {
    return (await threads().run(input, { name: task, signal })) as O;
  } catch (err) {
    if (signal.aborted) throw new TaskLimitError(task, 'time');
    if ((err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') throw new TaskLimitError(task, 'memory');
    throw err;
  }
}

/** Ends the worker threads (at shutdown; the next task starts them again). */
export async function closeTasks(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.destroy();
}
