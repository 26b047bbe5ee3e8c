import { isAppEvent, type AppEvent, type Unsubscribe } from '../../shared/events';
import { bridge } from './transport';

/** An event, or word that the web shell's stream was cut and is back (events may have been missed). */
export type WindowEvent = AppEvent | { name: 'reconnected' };

const listeners = new Set<(event: WindowEvent) => void>();
let source: EventSource | null = null;

function tell(event: WindowEvent) {
  for (const listener of [...listeners]) listener(event);
}

/** The web shell's server-sent events: one stream for the window, open while anyone listens. */
function openStream() {
  let opened = false;
  source = new EventSource('/events');
  source.onopen = () => {
    if (opened) tell({ name: 'reconnected' });
    opened = true;
  };
  source.onmessage = ({ data }: MessageEvent<string>) => {
    const event: unknown = JSON.parse(data);
    if (isAppEvent(event)) tell(event);
  };
}

/** Main's events, by IPC in the desktop app or server-sent events in the web shell. Returns the unsubscribe. */
export function subscribeEvents(listener: (event: WindowEvent) => void): Unsubscribe {
  if (bridge) return bridge.onEvent(listener);
  listeners.add(listener);
  if (!source) openStream();
  return () => {
    listeners.delete(listener);
    if (!listeners.size) {
      source?.close();
      source = null;
    }
  };
}
