import { git } from '../cli/gitRepo.js';

const succeeds = (p: Promise<unknown>) =>
  p.then(
    () => true,
    () => false,
  );

/**
 * Makes the commits the review reads present in the workflow's checkout: actions/checkout fetches
 * one commit (a pull request's merge commit) unless told `fetch-depth: 0`. A fork's head is fetched
 * by its pull request ref when the SHA is refused. The change's files are those since the merge
 * base, as on the pull request's page, so a shallow checkout also gets the history down to it.
 */
export async function ensureCommits(dir: string, base: string, head: string, pullRef?: string): Promise<string[]> {
  const fetched: string[] = [];
  for (const sha of [base, head]) {
    if (await succeeds(git(dir, ['cat-file', '-e', `${sha}^{commit}`]))) continue;
    await git(dir, ['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', sha]).catch(async (err: unknown) => {
      if (!pullRef) throw err;
      await git(dir, ['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', pullRef]);
    });
    if (!(await succeeds(git(dir, ['cat-file', '-e', `${sha}^{commit}`]))))
      throw new Error(`commit ${sha} is not in the checkout and could not be fetched from origin`);
    fetched.push(sha.slice(0, 7));
  }
  if (!(await succeeds(git(dir, ['merge-base', base, head])))) {
    if ((await git(dir, ['rev-parse', '--is-shallow-repository'])).trim() !== 'true')
      throw new Error(`${base.slice(0, 7)} and ${head.slice(0, 7)} share no history`);
    await git(dir, ['fetch', '--no-tags', '--quiet', '--unshallow', 'origin', base, head]);
    fetched.push('their history');
  }
  return fetched;
}
