import type { ProductionStats } from '../model/productionStats.js';
import { parseStatsFile } from '../model/statsFile.js';
import type { RepoSource, TreeListing } from '../source/types.js';

/** One file `stats:` names, once read: where from and when it was exported. */
export interface StatsFileInfo {
  source: string;
  exportedAt: string;
}

export interface LoadedStats {
  /** The newest file by exportedAt: the one loaded into the sandbox. */
  newest: (StatsFileInfo & { stats: ProductionStats }) | null;
  /** Every file read, oldest first: the history growth is computed from. */
  files: (StatsFileInfo & { stats: ProductionStats })[];
  /** Files that could not be read or are not statistics files, one sentence each. */
  notes: string[];
}

/** What one fetch of a URL may take: a statistics file of thousands of tables is a few MB. */
export const FETCH_LIMITS = { bytes: 64 * 1024 * 1024, timeoutMs: 30_000 };

/** The body of an https URL, refused past `FETCH_LIMITS.bytes` without reading further. */
async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_LIMITS.timeoutMs), redirect: 'follow' });
  if (!response.ok || !response.body) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > FETCH_LIMITS.bytes) throw new Error(`it is larger than ${FETCH_LIMITS.bytes / 1024 / 1024} MB`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The statistics files `stats:` names: repository paths read from `tree` (the trusted commit),
 * https URLs fetched with a size limit and a timeout. A file that cannot be had is a note, never
 * a failure of the review: it then plans with generated rows.
 */
export async function loadStatsFiles(
  entries: string[],
  source: RepoSource,
  tree: TreeListing,
  fetchUrl: (url: string) => Promise<string> = fetchText,
): Promise<LoadedStats> {
  const notes: string[] = [];
  const read: (StatsFileInfo & { stats: ProductionStats })[] = [];
  for (const entry of entries) {
    let text: string;
    try {
      if (/^https:\/\//i.test(entry)) text = await fetchUrl(entry);
      else if (/^[a-z][a-z0-9+.-]*:/i.test(entry)) throw new Error('only https URLs and repository paths are read');
      else {
        const file = tree.files.find((f) => f.path === entry.replace(/^\.?\//, ''));
        if (!file) throw new Error('there is no such file in the repository');
        text = (await source.readBlob(file.sha)).toString('utf8');
      }
    } catch (err) {
      const e = err as Error;
      notes.push(`stats: ${entry} could not be read (${e.name === 'TimeoutError' ? `no answer within ${FETCH_LIMITS.timeoutMs / 1000} s` : e.message}).`);
      continue;
    }
    const parsed = parseStatsFile(text);
    if (!parsed.ok) notes.push(`stats: ${entry} is not a statistics file: ${parsed.errors.join('; ')}.`);
    else read.push({ source: entry, exportedAt: parsed.stats.exportedAt, stats: parsed.stats });
  }
  read.sort((a, b) => Date.parse(a.exportedAt) - Date.parse(b.exportedAt));
  const newest = read.at(-1) ?? null;
  return { newest, files: read, notes };
}
