import { describe, expect, it } from '@jest/globals';
import { BlobCache } from '../src/source/blobCache.js';

describe('the blob cache', () => {
  it('loads a blob once when several ask for it at the same time, and again after a failed load', async () => {
    const cache = new BlobCache();
    let loads = 0;
    const load = async () => {
      loads++;
      await new Promise((r) => setTimeout(r, 10));
      return Buffer.from('CREATE TABLE t (id int);');
    };
    const [a, b] = await Promise.all([cache.getOrLoad('sha', load), cache.getOrLoad('sha', load)]);
    expect(a.equals(b)).toBe(true);
    expect(loads).toBe(1);
    await expect(cache.getOrLoad('other', async () => Promise.reject(new Error('404')))).rejects.toThrow('404');
    expect((await cache.getOrLoad('other', load)).toString()).toBe('CREATE TABLE t (id int);');
    expect(loads).toBe(2);
  });
});
