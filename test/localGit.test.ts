import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGitRepo } from '../src/cli/gitRepo.js';
import { BlobCache } from '../src/source/blobCache.js';
import { GitBlobReader } from '../src/source/gitBlobs.js';
import { LocalGitSource } from '../src/source/localGit.js';

let dir: string;
const files: Record<string, string> = {
  'db/001.sql': 'CREATE TABLE a (id int);\n',
  'db/empty.sql': '',
  // Lines, and bytes that look like the batch protocol's own headers.
  'db/tricky.sql': '-- 0123456789012345678901234567890123456789 blob 12\n\nSELECT 1;\n\n',
  'db/unicode.sql': "COMMENT ON TABLE a IS 'café ☕';\n",
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dba-localgit-'));
  // 300 more, to read in one burst.
  for (let i = 0; i < 300; i++) files[`db/many/${String(i).padStart(3, '0')}.sql`] = `CREATE TABLE t${i} (id int);\n`.repeat(i % 7);
  await buildGitRepo(dir, [{ branch: 'main', message: 'files', files }]);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('reading blobs from a local checkout', () => {
  it('reads every blob of a burst through one git process, byte for byte', async () => {
    const source = new LocalGitSource(dir, new BlobCache());
    const tree = await source.listTree(await source.resolve('main'));
    const read = await Promise.all(tree.files.map(async (f) => [f.path, (await source.readBlob(f.sha)).toString('utf8')] as const));
    expect(Object.fromEntries(read)).toEqual(files);
    // After the burst, another read starts another process.
    const again = tree.files.find((f) => f.path === 'db/unicode.sql');
    expect((await new GitBlobReader(dir).read(again?.sha as string)).toString('utf8')).toBe(files['db/unicode.sql']);
  });

  it('rejects an object that is missing, or not a blob, and goes on reading', async () => {
    const reader = new GitBlobReader(dir);
    const source = new LocalGitSource(dir, new BlobCache());
    const commit = await source.resolve('main');
    const blob = (await source.listTree(commit)).files[0];
    const [missing, notBlob, ok] = await Promise.allSettled([reader.read('0'.repeat(40)), reader.read(commit), reader.read(blob?.sha as string)]);
    expect(missing).toMatchObject({
      status: 'rejected',
      reason: expect.objectContaining({ message: expect.stringMatching(/is not a blob of the repository in .* \(missing\)/) }),
    });
    expect(notBlob).toMatchObject({ status: 'rejected', reason: expect.objectContaining({ message: expect.stringMatching(/\(commit\)/) }) });
    expect(ok).toMatchObject({ status: 'fulfilled' });
  });

  it('keeps answers in step when objects that are not blobs come between blobs, however the output is cut', async () => {
    const source = new LocalGitSource(dir, new BlobCache());
    const commit = await source.resolve('main');
    const tree = (await source.listTree(commit)).files;
    const reader = new GitBlobReader(dir);
    // Commits and the root tree (tens of kilobytes) between every blob, in one burst.
    const reads = tree.flatMap((f) => [reader.read(f.sha), reader.read(commit), reader.read(`${commit}^{tree}`)]);
    const settled = await Promise.allSettled(reads);
    const blobs = settled.filter((_, i) => i % 3 === 0).map((r) => (r.status === 'fulfilled' ? r.value.toString('utf8') : r.reason));
    expect(Object.fromEntries(tree.map((f, i) => [f.path, blobs[i]]))).toEqual(files);
    expect(settled.filter((_, i) => i % 3 !== 0).every((r) => r.status === 'rejected')).toBe(true);
  });

  it('says why when git cannot run there', async () => {
    await expect(new GitBlobReader(join(dir, 'no-such-folder')).read('0'.repeat(40))).rejects.toThrow();
  });
});
