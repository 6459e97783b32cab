import { runCli } from '../../src/cli/run.js';

/** One CLI invocation in this process, its output captured; `stdin` is what standard input holds, when it holds anything. */
export async function cli(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t), ...(stdin === undefined ? {} : { stdin: async () => stdin }) };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}
