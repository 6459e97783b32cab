import { changedSettings, withTrustedPlatform } from '../config/headConfig.js';
import { CONFIG_PATH, resolveConfig, type ConfigResult } from '../config/resolve.js';
import { DEFAULT_CONFIG, type DbaConfig } from '../config/schema.js';
import { configAnnotations, type Annotation } from '../render/checkRun.js';
import { RULE_NAMES } from '../rules/index.js';
import type { GitHubSource } from '../source/github.js';
import type { ChangedFile } from '../source/types.js';

/** The config a change is reviewed with, and notes on where it came from; or its errors, annotated on the change's .github/dba.yml. */
export type ChangeConfig = { ok: true; config: DbaConfig; notes: string[] } | { ok: false; errors: string[]; annotations: Annotation[] };

/** .github/dba.yml, `_extends` followed (Probot's config.get): the default branch's without a ref; null when there is none. */
export type ConfigLoader = (ref?: string) => Promise<unknown>;

async function read(load: ConfigLoader, ref?: string): Promise<ConfigResult> {
  let raw: unknown;
  try {
    raw = await load(ref);
  } catch (err) {
    return { ok: false, errors: [`${CONFIG_PATH} could not be read: ${(err as Error).message}`] };
  }
  return resolveConfig(raw, RULE_NAMES);
}

/**
 * The default branch's .github/dba.yml, unless the change edits it: then the change's own copy,
 * so a broken one fails its check before it is merged, with each error annotated on its line.
 * Its platform settings (postgres.extensions, postgres.preamble) still come from the default
 * branch, since they run with superuser rights; the review notes what the copy changes.
 */
export async function configForChange(load: ConfigLoader, source: GitHubSource, headSha: string, changedFiles: ChangedFile[]): Promise<ChangeConfig> {
  const trusted = await read(load);
  if (!changedFiles.some((f) => f.path === CONFIG_PATH || f.previousPath === CONFIG_PATH)) {
    return trusted.ok ? { ok: true, config: trusted.config, notes: [] } : { ok: false, errors: trusted.errors, annotations: [] };
  }
  const head = await read(load, headSha);
  if (!head.ok) {
    const text = await source.readText(headSha, CONFIG_PATH);
    return { ok: false, errors: head.errors, annotations: text === undefined ? [] : configAnnotations(CONFIG_PATH, text, head.issues ?? []) };
  }
  const before = trusted.ok ? trusted.config : null;
  const { config, ignored } = withTrustedPlatform(head.config, before);
  const changed = changedSettings(before ?? DEFAULT_CONFIG, head.config);
  const notes = [`This change edits ${CONFIG_PATH}, so it was reviewed with its own copy${changed.length ? `, which changes ${changed.join(', ')}` : ''}.`];
  if (ignored.length) {
    notes.push(
      `${ignored.join(' and ')} ${before ? "came from the default branch's copy" : "were left unset, the default branch's copy being invalid"}: the platform's setup runs with superuser rights, so this change's takes effect once merged.`,
    );
  }
  return { ok: true, config, notes };
}
