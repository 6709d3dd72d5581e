import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { announceUrl, claimDataDir, dataDirOwner, findRunningServer, LOCK_FILE, releaseDataDir } from '../../server/storage/data-dir-lock';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'data-dir-lock-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('one process per PGlite data folder', () => {
  it('a claim records this process; releasing removes it', () => {
    claimDataDir(dir, 'server');
    announceUrl(dir, 'http://127.0.0.1:1');
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, command: 'server', url: 'http://127.0.0.1:1' });
    releaseDataDir(dir);
    expect(() => readFileSync(join(dir, LOCK_FILE))).toThrow();
  });

  it('refuses a second claim while the holder lives, naming it', async () => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: holder.pid, command: 'import', startedAt: new Date().toISOString() }));
      expect(dataDirOwner(dir)).toMatchObject({ pid: holder.pid, command: 'import' });
      expect(() => claimDataDir(dir, 'server')).toThrow(`in use by import (pid ${String(holder.pid)})`);
      // No URL announced: there is no server to send work through.
      expect(await findRunningServer(dir)).toBeUndefined();
    } finally {
      holder.kill();
    }
  });

  it('ignores a stale claim left by a process that has died', async () => {
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.on('exit', resolve));
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: gone.pid, command: 'server', url: 'http://127.0.0.1:9', startedAt: '' }));
    expect(dataDirOwner(dir)).toBeUndefined();
    expect(() => claimDataDir(dir, 'import')).not.toThrow();
  });
});
