import * as core from '@actions/core';
import { CONFIG_PATH } from '../config/resolve.js';
import type { DbaConfig } from '../config/schema.js';

/** The Action's inputs (action.yml), checked: a wrong value stops the step with the input's name. */
export interface ActionInputs {
  token: string;
  /** Where the configuration is read in the repository. */
  configPath: string;
  failOn?: DbaConfig['fail_on'];
  postgresVersion?: number;
  suggestions: boolean;
  /** A server the review may create and drop databases and roles on (a `services:` container), instead of the embedded one. */
  databaseUrl?: string;
}

export class InputError extends Error {}

const FAIL_ON = ['error', 'warning', 'never'] as const;

export function readInputs(): ActionInputs {
  const token = core.getInput('token');
  if (!token)
    throw new InputError(
      "the `token` input is empty: leave it out to use the workflow's GITHUB_TOKEN, or pass a token with `checks: write` and `pull-requests: write`.",
    );
  const failOn = core.getInput('fail-on');
  if (failOn && !(FAIL_ON as readonly string[]).includes(failOn)) throw new InputError(`\`fail-on\` must be one of ${FAIL_ON.join(', ')}, not "${failOn}".`);
  const version = core.getInput('postgres-version');
  const major = Number(version);
  if (version && !(Number.isInteger(major) && major >= 10 && major <= 99))
    throw new InputError(`\`postgres-version\` must be a PostgreSQL major version such as 17, not "${version}".`);
  let suggestions: boolean;
  try {
    suggestions = core.getInput('suggestions') === '' ? true : core.getBooleanInput('suggestions');
  } catch {
    throw new InputError(`\`suggestions\` must be true or false, not "${core.getInput('suggestions')}".`);
  }
  const databaseUrl = core.getInput('database-url');
  if (databaseUrl) core.setSecret(databaseUrl);
  return {
    token,
    configPath: core.getInput('config') || CONFIG_PATH,
    ...(failOn ? { failOn: failOn as DbaConfig['fail_on'] } : {}),
    ...(version ? { postgresVersion: major } : {}),
    suggestions,
    ...(databaseUrl ? { databaseUrl } : {}),
  };
}

/** The inputs that decide over .github/dba.yml's settings. */
export function overrides(inputs: ActionInputs): (config: DbaConfig) => DbaConfig {
  return (config) => ({
    ...config,
    ...(inputs.failOn ? { fail_on: inputs.failOn } : {}),
    ...(inputs.postgresVersion ? { postgres: { ...config.postgres, version: inputs.postgresVersion } } : {}),
  });
}
