import { pino, type DestinationStream, type Logger } from 'pino';

/** Where a secret can sit in what the app logs: request headers, errors, configs. */
const SECRETS = [
  'authorization',
  '*.authorization',
  '*.headers.authorization',
  '*.*.headers.authorization',
  'token',
  '*.token',
  'password',
  '*.password',
  'privateKey',
  '*.privateKey',
  'secret',
  '*.secret',
  'connectionString',
  '*.connectionString',
];

/**
 * The app's logger: JSON lines (structured; jobs add their delivery id, repository and pull
 * request), with tokens, passwords, keys and connection strings replaced wherever they appear.
 */
export function createLogger(env: NodeJS.ProcessEnv = process.env, destination?: DestinationStream): Logger {
  const options = { name: 'pg-dba-review', level: env.LOG_LEVEL ?? 'info', redact: { paths: SECRETS, censor: '[REDACTED]' } };
  return destination ? pino(options, destination) : pino(options);
}
