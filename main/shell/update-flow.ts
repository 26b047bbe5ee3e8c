import type { TFunction } from 'i18next';

/** The question asked once an update is downloaded, as Electron's dialog.showMessageBox takes it. */
export interface UpdatePrompt {
  type: 'info';
  buttons: string[];
  defaultId: number;
  cancelId: number;
  message: string;
  detail: string;
}

export function updatePrompt(t: TFunction, version: string): UpdatePrompt {
  return {
    type: 'info',
    buttons: [t('update.restart'), t('update.later')],
    defaultId: 0,
    cancelId: 1,
    message: t('update.downloaded', { version }),
    detail: t('update.detail'),
  };
}

export interface UpdateSteps {
  /** True while a push is running. */
  isBusy(): boolean;
  wait(ms: number): Promise<void>;
  /** Shows the prompt; resolves to the index of the button chosen. */
  ask(prompt: UpdatePrompt): Promise<number>;
  install(): void;
  t(): Promise<TFunction>;
}

/** How often a downloaded update looks again whether the push it waits for has ended. */
export const busyRecheckMs = 30_000;

/**
 * After an update is downloaded: waits until no push is running (a restart would cut an upload
 * off half way), asks in the interface language, and installs only if the user agrees.
 * Resolves to whether it installs.
 */
export async function offerUpdate(version: string, steps: UpdateSteps): Promise<boolean> {
  while (steps.isBusy()) await steps.wait(busyRecheckMs);
  const answer = await steps.ask(updatePrompt(await steps.t(), version));
  if (answer !== 0) return false;
  steps.install();
  return true;
}

/** The taskbar's progress bar takes 0..1. */
export const progressFraction = (percent: number) => Math.min(1, Math.max(0, percent / 100));
