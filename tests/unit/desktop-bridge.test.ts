import { EventEmitter } from 'node:events';
import { describe, expect, test } from 'vitest';
import type { AppCommand } from '../../shared/api';
import { callChannel, commandChannel, createBridge } from '../../main/shell/bridge';

/** Electron's ipcRenderer is an EventEmitter with invoke(); this one records the calls sent to main. */
class Ipc extends EventEmitter {
  sent: unknown[][] = [];
  invoke(channel: string, ...args: unknown[]) {
    this.sent.push([channel, ...args]);
    return Promise.resolve({ ok: true, value: null });
  }
  /** What main's menu does: webContents.send('newsdesk:command', command). */
  command(command: unknown) {
    this.emit(commandChannel, {}, command);
  }
}

describe('the desktop bridge', () => {
  test('a listener removed with its unsubscribe function hears nothing, so re-registering N times leaves one call per command', () => {
    const ipc = new Ipc();
    const bridge = createBridge(ipc);
    const heard: AppCommand[] = [];
    // What a React effect does on each re-render: clean up the last registration, register again.
    let unsubscribe: (() => void) | undefined;
    for (let render = 0; render < 10; render++) {
      unsubscribe?.();
      unsubscribe = bridge.onCommand((command) => heard.push(command));
    }
    ipc.command('new-article');
    expect(heard).toEqual(['new-article']);
    expect(ipc.listenerCount(commandChannel)).toBe(1);
    unsubscribe?.();
    ipc.command('save');
    expect(heard).toEqual(['new-article']);
    expect(ipc.listenerCount(commandChannel)).toBe(0);
  });

  test('two live listeners (the window and the open article) each hear a command once; unsubscribing one keeps the other', () => {
    const ipc = new Ipc();
    const bridge = createBridge(ipc);
    const app: AppCommand[] = [];
    const pane: AppCommand[] = [];
    bridge.onCommand((c) => app.push(c));
    const closePane = bridge.onCommand((c) => pane.push(c));
    ipc.command('save');
    closePane();
    closePane(); // a second cleanup (React's strict mode) removes nothing else
    ipc.command('save');
    expect(app).toEqual(['save', 'save']);
    expect(pane).toEqual(['save']);
  });

  test('only the contract\'s commands reach the listener', () => {
    const ipc = new Ipc();
    const heard: unknown[] = [];
    createBridge(ipc).onCommand((c) => heard.push(c));
    ipc.command('delete-everything');
    ipc.command({ toString: () => 'save' });
    ipc.command('show-received');
    expect(heard).toEqual(['show-received']);
  });

  test('invoke sends only the contract\'s calls to main', async () => {
    const ipc = new Ipc();
    const bridge = createBridge(ipc);
    await bridge.invoke('articles.list', { limit: 1 });
    await expect(bridge.invoke('fs.readFile' as never, {})).rejects.toThrow('Unknown call fs.readFile');
    expect(ipc.sent).toEqual([[callChannel, 'articles.list', { limit: 1 }]]);
  });
});
