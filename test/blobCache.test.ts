import { describe, expect, it } from '@jest/globals';
import { BlobCache } from '../src/source/blobCache.js';
import { TreeCache } from '../src/source/treeCache.js';
import type { TreeListing } from '../src/source/types.js';

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

describe('the tree cache', () => {
  const sha = (c: string) => c.repeat(40);
  const listing = (n: number): TreeListing => ({ files: Array.from({ length: n }, (_, i) => ({ path: `m/${i}.sql`, sha: sha('f') })), truncated: false });

  it('lists a commit of a repository once, however many ask at the same time, and a branch name every time', async () => {
    const cache = new TreeCache();
    const loads: string[] = [];
    const load = (what: string, n: number) => async () => {
      loads.push(what);
      await new Promise((r) => setTimeout(r, 10));
      return listing(n);
    };
    const [a, b] = await Promise.all([cache.getOrLoad('o/r', sha('a'), load('o/r a', 3)), cache.getOrLoad('o/r', sha('a'), load('o/r a', 3))]);
    expect(a).toBe(b);
    expect(a.files).toHaveLength(3);
    // Another repository's commit of the same SHA (a fork) is its own entry.
    expect((await cache.getOrLoad('o/fork', sha('a'), load('o/fork a', 2))).files).toHaveLength(2);
    await cache.getOrLoad('o/r', 'main', load('o/r main', 1));
    await cache.getOrLoad('o/r', 'main', load('o/r main', 1));
    await cache.getOrLoad('o/r', sha('a'), load('o/r a', 3));
    expect(loads).toEqual(['o/r a', 'o/fork a', 'o/r main', 'o/r main']);
  });

  it('keeps the most recently used listings within its files, and loads again after a failed load', async () => {
    const cache = new TreeCache(10);
    let loads = 0;
    const load = (n: number) => async () => {
      loads++;
      return listing(n);
    };
    await cache.getOrLoad('o/r', sha('a'), load(4));
    await cache.getOrLoad('o/r', sha('b'), load(4));
    // 5 + 5 + 5 entries over 10: a, the least recently used, goes.
    await cache.getOrLoad('o/r', sha('c'), load(4));
    expect(cache.size).toBe(2);
    await cache.getOrLoad('o/r', sha('c'), load(4));
    expect(loads).toBe(3);
    await expect(cache.getOrLoad('o/r', sha('d'), async () => Promise.reject(new Error('404')))).rejects.toThrow('404');
    await cache.getOrLoad('o/r', sha('d'), load(1));
    expect(loads).toBe(4);
  });
});
