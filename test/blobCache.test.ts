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

  it('keeps the most recently used blobs within its bytes, one too large for it not at all, and an empty one', async () => {
    const cache = new BlobCache(10);
    const loaded: string[] = [];
    const load = (text: string) => async () => {
      loaded.push(text);
      return Buffer.from(text);
    };
    await cache.getOrLoad('a', load('aaaa'));
    await cache.getOrLoad('b', load('bbbb'));
    expect(cache.get('a')?.toString()).toBe('aaaa');
    // 12 bytes: b, the least recently used, goes.
    await cache.getOrLoad('c', load('cccc'));
    expect([cache.get('a')?.toString(), cache.get('b'), cache.get('c')?.toString()]).toEqual(['aaaa', undefined, 'cccc']);
    expect((await cache.getOrLoad('big', load('x'.repeat(11)))).length).toBe(11);
    expect(cache.get('big')).toBeUndefined();
    expect(cache.size).toBe(2);
    expect((await cache.getOrLoad('empty', load(''))).length).toBe(0);
    expect((await cache.getOrLoad('empty', load('again'))).length).toBe(0);
    expect(loaded).toEqual(['aaaa', 'bbbb', 'cccc', 'x'.repeat(11), '']);
  });
});
