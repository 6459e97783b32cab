import { describe, expect, it } from '@jest/globals';
import { Writable } from 'node:stream';
import { createLogger } from '../src/ops/log.js';

describe('logs', () => {
  it('are JSON lines with the job context, and never show a token, password, key or connection string', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const log = createLogger({ LOG_LEVEL: 'info' }, sink).child({ delivery: 'd-1', repo: 'acme/shop', pr: 7 });
    log.error(
      {
        err: { message: 'Bad credentials', request: { headers: { authorization: 'token ghs_secret1' } } },
        headers: { authorization: 'Bearer jwt-secret2' },
        token: 'ghs_secret3',
        config: { password: 'secret4', connectionString: 'postgres://u:secret5@h/db', privateKey: '-----BEGIN secret6' },
      },
      'review failed',
    );
    const entry = JSON.parse(lines[0] as string) as Record<string, unknown>;
    expect(entry).toMatchObject({ delivery: 'd-1', repo: 'acme/shop', pr: 7, msg: 'review failed', name: 'pg-dba-review' });
    expect(lines.join('')).not.toMatch(/secret\d/);
    expect(lines.join('')).toContain('[REDACTED]');
  });
});
