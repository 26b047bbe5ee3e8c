/** One HTTP call to the web shell, and its answer, wherever it was sent from. */
export interface PostRequest {
  id: number;
  url: string;
  body: string;
}
export interface PostReply {
  id: number;
  /** 0 when the request never got an answer. */
  status: number;
  text: string;
}

/**
 * Bodies from this length up go through a worker. Shorter ones are sent from the window with
 * keepalive, which lets a last save finish while the tab closes; browsers refuse keepalive
 * bodies over 64 KiB, counted in bytes, and a Chinese character takes three.
 */
const longBody = 20_000;

async function postHere(url: string, body: string): Promise<Omit<PostReply, 'id'>> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin', body, keepalive: true });
    return { status: response.status, text: await response.text() };
  } catch (error) {
    return { status: 0, text: String(error) };
  }
}

let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, (reply: PostReply) => void>();

function postWorker(): Worker | null {
  if (worker === undefined) {
    try {
      worker = new Worker(new URL('./post-worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = ({ data }: MessageEvent<PostReply>) => {
        waiting.get(data.id)?.(data);
        waiting.delete(data.id);
      };
      // A worker that cannot start (refused, failed to load) answers what waits on it as
      // unsent, and the window sends from then on: a save is retried, never left hanging.
      worker.onerror = () => {
        for (const [id, resolve] of waiting) resolve({ id, status: 0, text: 'the request worker stopped' });
        waiting.clear();
        worker = null;
      };
    } catch {
      worker = null; // no workers here: the window sends everything itself
    }
  }
  return worker;
}

/** POSTs a JSON body; a long one (a long article's save) is sent by a worker, whose cost the typing does not feel. */
export function post(url: string, body: string): Promise<Omit<PostReply, 'id'>> {
  const sender = body.length < longBody ? null : postWorker();
  if (!sender) return postHere(url, body);
  const id = ++nextId;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    sender.postMessage({ id, url, body } satisfies PostRequest);
  });
}
