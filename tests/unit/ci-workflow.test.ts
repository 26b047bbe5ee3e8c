import fs from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { testUser } from '../servers/servers';

interface Step {
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { 'runs-on': string; strategy?: { matrix: { os: string[] } }; steps: Step[] }>;
}

const read = (file: string) => load(fs.readFileSync(file, 'utf8')) as Workflow;
const ci = read('.github/workflows/ci.yml');
const steps = Object.values(ci.jobs).flatMap((job) => job.steps);
const runs = (os: 'Linux' | 'other') =>
  steps.filter((s) => s.run && (!s.if || (os === 'Linux' ? s.if === "runner.os == 'Linux'" : s.if === "runner.os != 'Linux'"))).map((s) => s.run!);

describe('the CI workflow', () => {
  test('runs on every push and pull request, on Ubuntu, Windows and macOS, with Node 20', () => {
    expect(ci.on).toEqual({ push: null, pull_request: null });
    const [job] = Object.values(ci.jobs);
    expect(job?.['runs-on']).toBe('${{ matrix.os }}');
    expect(job?.strategy?.matrix.os.sort()).toEqual(['macos-latest', 'ubuntu-latest', 'windows-latest']);
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version']).toBe(20);
  });

  test('installs with Electron\'s binary, and only uses runner.os conditions it means', () => {
    expect(fs.readFileSync('.github/workflows/ci.yml', 'utf8')).not.toContain('ELECTRON_SKIP_BINARY_DOWNLOAD=1');
    expect(steps.filter((s) => s.run?.startsWith('npm ci') && !s.if)).toHaveLength(1);
    for (const step of steps) if (step.if) expect(["runner.os == 'Linux'", "runner.os != 'Linux'"]).toContain(step.if);
  });

  test('on Linux: the packages .ci/run installs (Playwright\'s Chromium for the snap-only one), xvfb, the test user, then npm test under xvfb-run', () => {
    const ciRun = fs.readFileSync('.ci/run', 'utf8');
    const debian = /apt-get install[^\n]*--no-install-recommends ([^>\n]+)/.exec(ciRun)![1]!.trim().split(/\s+/);
    const linux = runs('Linux').join('\n');
    const ubuntu = /apt-get install[^\n]*--no-install-recommends ((?:[^\n]|\\\n)+)/.exec(linux)![1]!.replace(/\\\n/g, ' ').trim().split(/\s+/);
    expect(debian.length).toBeGreaterThan(5);
    for (const name of debian.filter((d) => d !== 'chromium')) expect(ubuntu).toContain(name);
    expect(ubuntu).toEqual(expect.arrayContaining(['xvfb', 'xauth']));
    expect(linux).toContain('npx playwright install chromium');
    expect(linux).toContain('CHROMIUM_PATH=');
    expect(linux).toContain(`useradd -m -s /bin/bash ${testUser.name}`);
    expect(linux).toContain(`echo '${testUser.name}:${testUser.password}' | sudo chpasswd`);
    expect(linux).toMatch(/xvfb-run -a npm test$/m);
    expect(linux).toContain('xvfb-run -a npx playwright test tests/e2e/electron.spec.ts');
  });

  test('on Windows and macOS: npm test, with Playwright\'s Chromium, and the desktop app\'s smoke test', () => {
    const other = runs('other').join('\n');
    expect(other).toContain('npx playwright install chromium');
    expect(other).toContain('CHROMIUM_PATH=');
    expect(other).toContain('npm run build');
    expect(other).toMatch(/^npm test$/m);
    expect(other).toContain('npx playwright test tests/e2e/electron.spec.ts');
    // The file it names exists, so a rename cannot quietly change what runs.
    expect(fs.existsSync('tests/e2e/electron.spec.ts')).toBe(true);
  });

  test('where the servers are installed (Linux, .ci/run), a publishing test that cannot start one fails instead of skipping', () => {
    expect(runs('Linux').join('\n')).toMatch(/NEWSDESK_SERVER_TESTS=required xvfb-run -a npm test$/m);
    expect(runs('other').join('\n')).not.toContain('NEWSDESK_SERVER_TESTS');
    expect(fs.readFileSync('.ci/run', 'utf8')).toMatch(/^export NEWSDESK_SERVER_TESTS=required\nnpm test$/m);
  });

  test('the release workflow is still there, building installers on version tags', () => {
    const release = read('.github/workflows/release.yml');
    expect(release.on).toEqual({ push: { tags: ['v*'] } });
    expect(Object.values(release.jobs)[0]?.strategy?.matrix.os.sort()).toEqual(['macos-latest', 'ubuntu-latest', 'windows-latest']);
  });
});
