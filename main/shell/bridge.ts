import { appCommands, isCallName, type AppCommand, type NewsdeskBridge } from '../../shared/api';
import { isAppEvent, type AppEvent } from '../../shared/events';

/** The IPC channels between the desktop window and main. */
export const callChannel = 'newsdesk:call';
export const commandChannel = 'newsdesk:command';
export const eventChannel = 'newsdesk:event';

/** The part of Electron's ipcRenderer the bridge uses (so it is tested without Electron). */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * What the preload exposes on window.newsdesk: exactly the contract's calls, and listeners for
 * menu commands and events that each return their unsubscribe; never ipcRenderer itself.
 */
export function createBridge(ipc: RendererIpc): NewsdeskBridge {
  const listen = <T>(channel: string, accept: (value: unknown) => value is T) => (listener: (value: T) => void) => {
    const onMessage = (_event: unknown, value: unknown) => {
      if (accept(value)) listener(value);
    };
    ipc.on(channel, onMessage);
    return () => void ipc.removeListener(channel, onMessage);
  };
  return {
    invoke: (name, input) => {
      if (!isCallName(name)) return Promise.reject(new Error(`Unknown call ${String(name)}`));
      return ipc.invoke(callChannel, name, input) as ReturnType<NewsdeskBridge['invoke']>;
    },
    onCommand: listen(commandChannel, (value): value is AppCommand => (appCommands as readonly unknown[]).includes(value)),
    onEvent: listen(eventChannel, (value): value is AppEvent => isAppEvent(value)),
  };
}
