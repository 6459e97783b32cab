import { describe, expect, it } from '@jest/globals';
import { statfs } from 'node:fs/promises';
import { freemem, tmpdir } from 'node:os';
import { defaultDataRoot } from '../src/sandbox/embedded.js';
import { reviewConcurrency } from '../src/sandbox/fromEnv.js';
import { DEFAULT_LIMITS } from '../src/sandbox/server.js';

// A hostile change may fill its cluster up to the disk limit: on /dev/shm that is RAM taken from the others.
describe('where review clusters go by default', () => {
  it('is the temp folder when every review filling its disk limit would not fit in RAM', async () => {
    const terabytes = { ...DEFAULT_LIMITS, databaseLimitMb: 1024 * 1024 };
    expect(await defaultDataRoot(terabytes, 2)).toBe(tmpdir());
  });

  it('is the temp folder when the limit fits once but not for every review at once', async () => {
    const shm = await statfs('/dev/shm').catch(() => null);
    const roomMb = Math.floor(Math.min(shm ? shm.bavail * shm.bsize : 0, freemem()) / 1024 ** 2);
    // A limit that one review could fill, but not 1,000 at once.
    expect(await defaultDataRoot({ ...DEFAULT_LIMITS, databaseLimitMb: Math.max(1, Math.floor(roomMb / 100)) }, 1000)).toBe(tmpdir());
  });

  it('is /dev/shm when it has room for them all, with RAM to spare', async () => {
    const shm = await statfs('/dev/shm').catch(() => null);
    if (!shm || shm.bavail * shm.bsize < 64 * 1024 ** 2 || freemem() < 3 * 1024 ** 3) {
      process.stdout.write('skipped: this machine has no /dev/shm with 64 MB free, or under 3 GiB of free RAM\n');
      return;
    }
    expect(await defaultDataRoot({ ...DEFAULT_LIMITS, databaseLimitMb: 16 }, 2)).toBe('/dev/shm');
  });
});

describe('REVIEW_CONCURRENCY', () => {
  it('defaults to 2 and takes a whole number above 0', () => {
    expect(reviewConcurrency({})).toBe(2);
    expect(reviewConcurrency({ REVIEW_CONCURRENCY: '8' })).toBe(8);
  });

  it.each(['0', '-1', '1.5', 'many'])('refuses %s, saying what it takes', (text) => {
    expect(() => reviewConcurrency({ REVIEW_CONCURRENCY: text })).toThrow(`REVIEW_CONCURRENCY must be a whole number of reviews above 0, not "${text}".`);
  });
});
