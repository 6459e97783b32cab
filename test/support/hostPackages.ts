import { execFile } from 'node:child_process';
import { userInfo } from 'node:os';
import { promisify } from 'node:util';

const exec = promisify(execFile);

const installed = (pkg: string) =>
  exec('dpkg-query', ['-W', '-f=${Status}', pkg]).then(
    (r) => r.stdout.includes('install ok installed'),
    () => false,
  );

/** Whether apt knows a package (has a candidate version to install). */
export async function aptHas(pkg: string): Promise<boolean> {
  const { stdout } = await exec('apt-cache', ['policy', pkg]).catch(() => ({ stdout: '' }));
  return /Candidate: (?!\(none\))/.test(stdout);
}

/**
 * Installs the Debian packages a test needs when they are missing (a fresh CI machine): only as
 * root and with apt. Returns why they cannot be had, or null when they are installed.
 */
export async function ensureDebianPackages(packages: string[]): Promise<string | null> {
  const missing = (await Promise.all(packages.map(async (p) => ((await installed(p)) ? null : p)))).filter((p): p is string => p !== null);
  if (!missing.length) return null;
  const what = `the Debian packages ${missing.join(', ')} are not installed`;
  if (userInfo().uid !== 0) return `${what}, and installing them needs root`;
  const apt = (args: string[]) =>
    exec('apt-get', args, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, timeout: 15 * 60_000, maxBuffer: 64 * 1024 * 1024 });
  // A fresh machine may hold no package lists yet.
  if (!(await Promise.all(missing.map(aptHas))).every(Boolean)) await apt(['update']).catch(() => {});
  const unknown = (await Promise.all(missing.map(async (p) => ((await aptHas(p)) ? null : p)))).filter((p): p is string => p !== null);
  if (unknown.length) return `${what}, and apt offers no ${unknown.join(', ')} here`;
  try {
    await apt(['install', '-y', '--no-install-recommends', ...missing]);
  } catch (err) {
    return `${what}, and apt-get install failed: ${((err as { stderr?: string }).stderr || (err as Error).message).trim().split('\n').at(-1)}`;
  }
  return null;
}
