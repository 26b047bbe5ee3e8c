/**
 * Work kept off a keystroke's path, done when the browser is next idle, just after a frame.
 * Everything waiting is done together in one task: the save word, the revision, the counts and
 * the preview's patch each drew a frame of their own when each took its own idle moment, and a
 * key arriving during one of those frames waited for it. Work that is not urgent (`soon`) waits
 * for the next batch another asks for, or for its own time limit.
 */
const waiting = new Set<() => void>();
let asked = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let timerAt = Infinity;
/** When the batch asked for must run at the latest, and the timer that holds a shorter limit than the first ask's. */
let deadline = Infinity;
let fallback: ReturnType<typeof setTimeout> | undefined;

function runWaiting() {
  asked = false;
  clearTimeout(timer);
  timerAt = Infinity;
  clearTimeout(fallback);
  deadline = Infinity;
  const jobs = [...waiting];
  waiting.clear();
  for (const job of jobs) {
    try {
      job();
    } catch (error) {
      // One failing job leaves the others theirs; the error still reaches the console.
      setTimeout(() => {
        throw error;
      }, 0);
    }
  }
}

function askIdle(timeout: number) {
  const at = performance.now() + timeout;
  if (asked) {
    // A batch is already asked for with a later limit (autosave's 500 ms): this work's shorter one
    // (the preview's 200 ms) still holds.
    if (at < deadline) {
      clearTimeout(fallback);
      fallback = setTimeout(runWaiting, timeout);
      deadline = at;
    }
    return;
  }
  asked = true;
  deadline = at;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(runWaiting, { timeout });
  else setTimeout(runWaiting, 0);
}

/** Runs `work` when the browser is next idle, or after `timeout` ms at the latest; returns its cancel. */
export function whenIdle(work: () => void, timeout: number): () => void {
  const job = () => work();
  waiting.add(job);
  askIdle(timeout);
  return () => void waiting.delete(job);
}

/**
 * Runs `work` with the next idle-time batch another part asks for, or when the browser is idle
 * after `within` ms if none does; returns its cancel. For words on screen that may lag a moment.
 */
export function soon(work: () => void, within: number): () => void {
  const job = () => work();
  waiting.add(job);
  const at = performance.now() + within;
  if (at < timerAt) {
    clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(() => {
      timerAt = Infinity;
      askIdle(100);
    }, within);
  }
  return () => void waiting.delete(job);
}
