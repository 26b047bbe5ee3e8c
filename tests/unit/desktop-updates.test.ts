import { describe, expect, test } from 'vitest';
import { translator } from '../../main/shell/translate';
import { busyRecheckMs, offerUpdate, progressFraction, type UpdatePrompt } from '../../main/shell/update-flow';

/** The steps of an update prompt, with the user's answer and how long a push keeps running. */
function steps(options: { language: string; answer: number; busyChecks?: number }) {
  let busy = options.busyChecks ?? 0;
  const log: string[] = [];
  const asked: UpdatePrompt[] = [];
  return {
    log,
    asked,
    isBusy: () => busy > 0,
    wait: async (ms: number) => {
      log.push(`wait ${ms}`);
      busy--;
    },
    ask: async (prompt: UpdatePrompt) => {
      log.push('ask');
      asked.push(prompt);
      return options.answer;
    },
    install: () => void log.push('install'),
    t: () => translator(options.language),
  };
}

describe('the update prompt', () => {
  test('asks in Chinese and installs when the editor chooses 立即重启更新', async () => {
    const s = steps({ language: 'zh-CN', answer: 0 });
    expect(await offerUpdate('1.4.0', s)).toBe(true);
    expect(s.log).toEqual(['ask', 'install']);
    expect(s.asked[0]).toMatchObject({ message: '编辑台 1.4.0 已下载', buttons: ['立即重启更新', '稍后'], defaultId: 0, cancelId: 1 });
  });

  test('asks in English when that is the interface language, and 稍后/Later installs nothing', async () => {
    const s = steps({ language: 'en', answer: 1 });
    expect(await offerUpdate('1.4.0', s)).toBe(false);
    expect(s.log).toEqual(['ask']);
    expect(s.asked[0]).toMatchObject({ message: 'Newsdesk 1.4.0 has been downloaded', buttons: ['Restart and update', 'Later'] });
  });

  test('closing the prompt (Esc) installs nothing', async () => {
    const s = steps({ language: 'zh-CN', answer: 1 });
    await offerUpdate('1.4.0', s);
    expect(s.log).not.toContain('install');
  });

  test('while a push runs it does not ask: it looks again every 30 s and asks once the push is over', async () => {
    const s = steps({ language: 'zh-CN', answer: 0, busyChecks: 3 });
    await offerUpdate('1.4.0', s);
    expect(s.log).toEqual([`wait ${busyRecheckMs}`, `wait ${busyRecheckMs}`, `wait ${busyRecheckMs}`, 'ask', 'install']);
    expect(busyRecheckMs).toBe(30_000);
  });

  test('download progress shows on the taskbar between 0 and 1', () => {
    expect(progressFraction(42.5)).toBeCloseTo(0.425);
    expect(progressFraction(100.3)).toBe(1);
    expect(progressFraction(-1)).toBe(0);
  });
});
