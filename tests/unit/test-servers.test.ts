import { describe, expect, it, vi } from 'vitest';
import { serversMissing, skipWithoutServers } from '../servers/servers';

describe('the publishing tests\' servers, where they cannot run', () => {
  it('says why: another system, not root, or a server not installed', () => {
    expect(serversMissing('win32', undefined)).toMatch(/Linux only, not win32/);
    expect(serversMissing('darwin', 501)).toMatch(/Linux only, not darwin/);
    expect(serversMissing('linux', 1000)).toMatch(/must be started as root/);
    expect(serversMissing('linux', 0, (file) => file !== '/usr/sbin/vsftpd')).toBe('/usr/sbin/vsftpd is not installed (apt-get install vsftpd, as .ci/run does)');
  });

  it('skips those tests with the reason, unless NEWSDESK_SERVER_TESTS=required, where the run fails saying what is missing', () => {
    const printed = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(skipWithoutServers(null, {})).toBe(false);
    expect(printed).not.toHaveBeenCalled();
    expect(skipWithoutServers('/usr/sbin/sshd is not installed', {})).toBe(true);
    expect(printed.mock.calls).toEqual([['skipped here: publishing to real SSH and FTP servers: /usr/sbin/sshd is not installed']]);
    printed.mockRestore();
    expect(() => skipWithoutServers('/usr/sbin/sshd is not installed', { NEWSDESK_SERVER_TESTS: 'required' })).toThrow(
      "NEWSDESK_SERVER_TESTS=required, but the publishing tests' servers cannot run here: /usr/sbin/sshd is not installed",
    );
    expect(skipWithoutServers(null, { NEWSDESK_SERVER_TESTS: 'required' })).toBe(false);
  });
});
