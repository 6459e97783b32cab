import { describe, expect, it } from '@jest/globals';
import { baseFailureAdvice, expectedExtension } from '../src/review/baseAdvice.js';

// A base history that uses an extension it never creates (a Hasura project on Timescale, a
// history written for Supabase) fails on the first object of it: the review names the setting.
describe('what a base history that does not replay expects', () => {
  it.each([
    ['42883', 'function create_hypertable(unknown, unknown, chunk_time_interval => interval) does not exist', 'timescaledb'],
    ['42883', 'function public.st_makepoint(double precision, double precision) does not exist', 'postgis'],
    ['42704', 'type "vector" does not exist', 'vector'],
    ['42704', 'operator class "gin_trgm_ops" does not exist for access method "gin"', 'pg_trgm'],
    ['3F000', 'schema "cron" does not exist', 'pg_cron'],
    ['42883', 'function uuid_generate_v4() does not exist', 'uuid-ossp'],
  ])('%s %s: the %s extension', (code, message, extension) => {
    expect(expectedExtension({ code, message })).toBe(extension);
    expect(baseFailureAdvice({ code, message }, { shared: false })).toBe(
      `That is the ${extension} extension's, which this history uses without creating it: it expects the platform to have it. Name it in .github/dba.yml as \`postgres: { extensions: [${extension}] }\`: the sandbox then creates it before the history runs, as your platform does.`,
    );
  });

  it.each([
    ['42883', 'function my_helper(integer) does not exist'],
    ['42P01', 'relation "vector" does not exist'],
    ['42601', 'syntax error at or near "create_hypertable"'],
  ])('%s %s: no extension guessed', (code, message) => {
    expect(expectedExtension({ code, message })).toBeUndefined();
    expect(baseFailureAdvice({ code, message }, { shared: true })).toMatch(/^The change cannot be judged on a history that does not apply/);
  });

  // On a shared server a role another running review made collides; on a cluster of its own the history made it twice.
  it('a role that already exists: another review on a shared server, or the history itself', () => {
    const error = { code: '42710', message: 'role "app_reader" already exists' };
    expect(baseFailureAdvice(error, { shared: true })).toBe(
      'Roles are cluster-wide, and this review shares its PostgreSQL server with others: another review that makes app_reader was running. Review again once it has ended, or run reviews on clusters of their own (the embedded provider, the default), where this cannot happen.',
    );
    expect(baseFailureAdvice(error, { shared: false })).toMatch(/^The change cannot be judged on a history that does not apply/);
  });
});
