import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { buildGitRepo } from './gitRepo.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/group-invites/', import.meta.url));

async function filesUnder(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    out[relative(dir, full)] = await readFile(full, 'utf8');
  }
  return out;
}

/**
 * Makes the bundled example's git history: `main` holds the base migrations, `add-group-invites`
 * adds the seed's group_invites table on top.
 */
export async function buildDemoRepo(dir: string): Promise<{ base: string; head: string }> {
  const pr = JSON.parse(await readFile(join(EXAMPLE, 'pr.json'), 'utf8')) as { title: string; body: string };
  await buildGitRepo(dir, [
    { branch: 'main', message: 'Create groups', files: await filesUnder(join(EXAMPLE, 'base')) },
    { branch: 'add-group-invites', message: `${pr.title}\n\n${pr.body}`, files: await filesUnder(join(EXAMPLE, 'pr')) },
  ]);
  return { base: 'main', head: 'add-group-invites' };
}

export const DEMO_REPO_DIR = fileURLToPath(new URL('../../examples/demo-repo/', import.meta.url));
