import { contextBridge, ipcRenderer } from 'electron';
import { appCommands, isCallName, type AppCommand, type Invoke, type NewsdeskBridge } from '../../shared/api';

/** Exposes exactly the contract's calls, never ipcRenderer itself. */
const invoke: Invoke = (name, input) => {
  if (!isCallName(name)) return Promise.reject(new Error(`Unknown call ${String(name)}`));
  return ipcRenderer.invoke('newsdesk:call', name, input);
};

const onCommand = (listener: (command: AppCommand) => void) => {
  ipcRenderer.on('newsdesk:command', (_event, command: AppCommand) => {
    if (appCommands.includes(command)) listener(command);
  });
};

contextBridge.exposeInMainWorld('newsdesk', { invoke, onCommand } satisfies NewsdeskBridge);
