import type { DbaConfig } from './schema.js';

/** Settings that run with superuser rights: a change brings no copy of its own (they come from the trusted one). */
export const PLATFORM_KEYS = ['extensions', 'preamble'] as const;

const differs = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);

/** The settings `after` changes from `before`, by name: `fail_on`, `migrations.exclude`; `rules` and `queries` as a whole. */
export function changedSettings(before: DbaConfig, after: DbaConfig): string[] {
  return (Object.keys(after) as (keyof DbaConfig)[]).flatMap((key) => {
    const [was, now] = [before[key], after[key]] as [unknown, unknown];
    if (!differs(was, now)) return [];
    if (key === 'rules' || key === 'queries' || !was || !now || typeof now !== 'object') return [key];
    const [a, b] = [was, now] as [Record<string, unknown>, Record<string, unknown>];
    return Object.keys(b)
      .filter((k) => differs(a[k], b[k]))
      .map((k) => `${key}.${k}`);
  });
}

/**
 * A change's own config with the platform settings of the trusted one (none when the trusted
 * one is unusable), and which of them the change's copy set otherwise, so the review can say so.
 */
export function withTrustedPlatform(head: DbaConfig, trusted: DbaConfig | null): { config: DbaConfig; ignored: string[] } {
  const platform = { extensions: trusted?.postgres.extensions ?? [], preamble: trusted?.postgres.preamble ?? null };
  // Production's statistics too: a change must not point the review at a URL or a file of its choosing.
  const stats = trusted?.stats ?? [];
  return {
    config: { ...head, postgres: { ...head.postgres, ...platform }, stats },
    ignored: [
      ...PLATFORM_KEYS.filter((k) => differs(head.postgres[k], platform[k])).map((k) => `postgres.${k}`),
      ...(differs(head.stats, stats) ? ['stats'] : []),
    ],
  };
}
