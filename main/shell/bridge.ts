import { appCommands, isCallName, type AppCommand, type Invoke, type NewsdeskBridge } from '../../shared/api';

/** The IPC channels between the desktop window and main. */
export const callChannel = 'newsdesk:call';
export const commandChannel = 'newsdesk:command';

type IpcListener = (event: unknown, ...args: unknown[]) => void;
/** The part of Electron's ipcRenderer the bridge uses (an EventEmitter with invoke). */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: IpcListener): unknown;
  removeListener(channel: string, listener: IpcListener): unknown;
}

const isAppCommand = (value: unknown): value is AppCommand => (appCommands as readonly unknown[]).includes(value);

/** What the preload exposes on window.newsdesk: exactly the contract's calls, never ipcRenderer itself. */
export function createBridge(ipc: RendererIpc): NewsdeskBridge {
  const invoke: Invoke = (name, input) => {
    if (!isCallName(name)) return Promise.reject(new Error(`Unknown call ${String(name)}`));
    return ipc.invoke(callChannel, name, input) as ReturnType<Invoke>;
  };
  // Each registration gets its own IPC listener and the function that removes exactly that one.
  const onCommand = (listener: (command: AppCommand) => void) => {
    const receive = (_event: unknown, command: unknown) => {
      if (isAppCommand(command)) listener(command);
    };
    ipc.on(commandChannel, receive);
    return () => void ipc.removeListener(commandChannel, receive);
  };
  return { invoke, onCommand };
}
