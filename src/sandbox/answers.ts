import type { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';
import type pg from 'pg';

const MiB = 1024 * 1024;

/** What the statement that was running fails with when its session was ended for answering too much. */
export class AnswerLimitError extends Error {
  override name = 'AnswerLimitError';
  /** How the review reports it: see StatementError.cutOff. */
  readonly cutOff: string;

  constructor(limitMb: number, received: number) {
    super(
      `the reviewer ended the session after ${(received / MiB).toFixed(1)} MB had come back for this statement (rows, notices, COPY data or error text): the review never needs them`,
    );
    this.cutOff = `when its answer passed the sandbox's limit of ${limitMb} MB`;
  }
}

/** What node-postgres keeps of the connection: the socket and the protocol messages read from it. */
type Connection = EventEmitter & { stream: Socket };

/**
 * Ends `client`'s session once the server has sent more than `limitMb` for one query, counted as
 * the bytes arrive, before node-postgres has a whole result, notice flood, COPY stream or error
 * text in memory: a session then holds at most about the limit. The query that was running fails
 * with AnswerLimitError, and `exceeded` is told.
 */
export function meterAnswers(client: pg.Client, limitMb: number, exceeded: () => void): void {
  const connection = (client as unknown as { connection: Connection }).connection;
  const limit = limitMb * MiB;
  let received = 0;
  // Each query's answer ends with ReadyForQuery; it is read before this chunk is counted below.
  connection.on('readyForQuery', () => (received = 0));
  connection.stream.on('data', (chunk: Buffer) => {
    received += chunk.length;
    if (received <= limit || connection.stream.destroyed) return;
    exceeded();
    connection.stream.destroy(new AnswerLimitError(limitMb, received));
  });
}
