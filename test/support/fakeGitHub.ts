import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { git } from '../../src/cli/gitRepo.js';
import { GitBlobReader } from '../../src/source/gitBlobs.js';
import { createRequire } from 'node:module';
import { OpenApiValidator } from './openapi.js';
import type { Payload } from './webhooks.js';

const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as { name: string; examples: Record<string, unknown>[] }[];

export interface FakeRepo {
  owner: string;
  name: string;
  /** A local git repository whose history the fake serves. */
  dir: string;
  defaultBranch: string;
  pulls: Record<number, { base: string; head: string; title?: string; body?: string | null }>;
  /** Role of each collaborator (admin, maintain, write, triage, read); anyone else reads (a public repository). */
  collaborators?: Record<string, 'admin' | 'maintain' | 'write' | 'triage' | 'read'>;
}

/** A failure the fake serves instead of the answer, `times` times, to requests it matches. */
export interface Fault {
  method: string;
  /** Matched against the path, e.g. /issues\/\d+\/comments$/ */
  path: RegExp;
  kind: 'server-error' | 'secondary-rate-limit' | 'drop-connection';
  times: number;
}

export interface FakeReaction {
  commentId: number;
  content: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operationId: string | undefined;
  body: unknown;
  status: number;
}

export interface FakeCheckRun {
  id: number;
  head_sha: string;
  name: string;
  status: string;
  conclusion: string | null;
  started_at: string | null;
  completed_at: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: Record<string, unknown>[];
}

export interface FakeReview {
  id: number;
  pull: number;
  commit_id: string;
  body: string;
}

export interface FakeReviewComment {
  id: number;
  review: number;
  pull: number;
  path: string;
  line: number | null;
  start_line: number | null;
  commit_id: string;
  body: string;
}

export interface FakeComment {
  id: number;
  issue_number: number;
  body: string;
  user: ReturnType<typeof user>;
  created_at: string;
  updated_at: string;
}

const exec = promisify(execFile);

async function gitBytes(dir: string, args: string[]): Promise<Buffer> {
  return (await exec('git', args, { cwd: dir, encoding: 'buffer' })).stdout;
}

const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

export function user(login: string, id: number, type: 'User' | 'Bot' = 'User') {
  const url = `https://api.github.com/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: `U_${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}`,
    gravatar_id: '',
    url,
    html_url: `https://github.com/${encodeURIComponent(login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type,
    site_admin: false,
  };
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A GitHub REST API on 127.0.0.1 serving git repositories from disk. Every request and
 * response is validated against GitHub's OpenAPI description; violations are collected
 * for the test to assert on.
 */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly checkRuns: FakeCheckRun[] = [];
  readonly comments: FakeComment[] = [];
  readonly reviews: FakeReview[] = [];
  readonly reviewComments: FakeReviewComment[] = [];
  readonly reactions: FakeReaction[] = [];
  readonly faults: Fault[] = [];
  /** Faults served so far, as "kind METHOD path". */
  readonly served: string[] = [];
  readonly botUser = user('pg-dba-review[bot]', 9001, 'Bot');
  private readonly repos = new Map<string, FakeRepo>();
  /** One `git cat-file --batch` per repository: a git process per blob made the fake, not the app, most of a cold review's time. */
  private readonly blobReaders = new Map<string, GitBlobReader>();
  /** Active members of each team, by "org/team-slug". */
  private readonly teams = new Map<string, string[]>();
  private server?: Server;
  private nextId = 1000;
  url = '';

  constructor(private readonly validator = new OpenApiValidator()) {}

  addRepo(repo: FakeRepo): void {
    this.repos.set(`${repo.owner}/${repo.name}`, repo);
  }

  addTeam(org: string, slug: string, members: string[]): void {
    this.teams.set(`${org}/${slug}`, members);
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** A comment a person wrote on an issue or pull request (e.g. a slash command). */
  addUserComment(issue: number, body: string, login: string): FakeComment {
    const comment = { id: this.nextId++, issue_number: issue, body, user: user(login, 5000 + this.nextId), created_at: now(), updated_at: now() };
    this.comments.push(comment);
    return comment;
  }

  commentsOn(issue: number): FakeComment[] {
    return this.comments.filter((c) => c.issue_number === issue);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      this.violations.push(`${method} ${url.pathname}: body is not JSON`);
    }
    // Octokit sends the installation token; the token endpoint itself takes the app's JWT.
    if (!/^(token|bearer) \S+/i.test(req.headers.authorization ?? '')) this.violations.push(`${method} ${url.pathname}: no Authorization header`);
    this.violations.push(...this.validator.validateRequest(method, url.pathname, url.searchParams, body));
    const fault = this.faults.find((f) => f.times > 0 && f.method === method && f.path.test(url.pathname));
    if (fault) {
      fault.times--;
      this.served.push(`${fault.kind} ${method} ${url.pathname}`);
      if (fault.kind === 'drop-connection') return void req.socket.destroy();
      if (fault.kind === 'server-error')
        return void res.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Server Error' }));
      // GitHub's secondary rate limit: 429 (or 403) with retry-after and a message saying so.
      return void res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' }).end(
        JSON.stringify({
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: 'https://docs.github.com/rest',
        }),
      );
    }
    const raw = /vnd\.github(\.v3)?\.raw/.test(req.headers.accept ?? '');

    let status: number;
    let payload: unknown;
    try {
      [status, payload] = await this.route(method, url, body, raw);
    } catch (err) {
      status = err instanceof HttpError ? err.status : 500;
      payload = { message: (err as Error).message, documentation_url: 'https://docs.github.com/rest' };
    }
    if (raw && typeof payload === 'string') {
      this.violations.push(...this.validator.validateResponse(method, url.pathname, status, undefined, { raw: true }));
      res.writeHead(status, { 'content-type': 'application/vnd.github.raw; charset=utf-8' }).end(payload);
    } else {
      this.violations.push(...this.validator.validateResponse(method, url.pathname, status, payload));
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(payload === undefined ? '' : JSON.stringify(payload));
    }
    this.requests.push({ method, path: url.pathname, operationId: this.validator.operationId(method, url.pathname), body, status });
  }

  private repo(owner: string, name: string): FakeRepo {
    const repo = this.repos.get(`${owner}/${name}`);
    if (!repo) throw new HttpError(404, 'Not Found');
    return repo;
  }

  private async route(method: string, url: URL, body: unknown, raw: boolean): Promise<[number, unknown]> {
    const p = url.pathname.split('/').map(decodeURIComponent);
    const key = `${method} ${url.pathname}`;
    let m: RegExpMatchArray | null;
    if ((m = key.match(/^POST \/app\/installations\/(\d+)\/access_tokens$/))) {
      return [
        201,
        {
          token: `ghs_fake${m[1]}`,
          expires_at: new Date(Date.now() + 3600_000).toISOString(),
          permissions: { checks: 'write', pull_requests: 'write', issues: 'write', contents: 'read', metadata: 'read', members: 'read' },
          repository_selection: 'all',
        },
      ];
    }
    if (method === 'GET' && (m = key.match(/^GET \/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/))) {
      const [org, slug, login] = m.slice(1).map(decodeURIComponent) as [string, string, string];
      // GitHub documents this 404 ("no team membership") without a body.
      if (!this.teams.get(`${org}/${slug}`)?.includes(login)) return [404, undefined];
      return [200, { url: `https://api.github.com/organizations/1/team/1/memberships/${encodeURIComponent(login)}`, role: 'member', state: 'active' }];
    }
    if (p[1] !== 'repos' || !p[2] || !p[3]) throw new HttpError(404, 'Not Found');
    const repo = this.repo(p[2], p[3]);
    const rest = url.pathname.split('/').slice(4).join('/');
    const api = `https://api.github.com/repos/${repo.owner}/${repo.name}`;

    if (method === 'GET' && (m = rest.match(/^pulls\/(\d+)$/))) {
      const number = Number(m[1]);
      const pr = repo.pulls[number];
      if (!pr) throw new HttpError(404, 'Not Found');
      return [200, await this.pullJson(repo, number, pr)];
    }
    if (method === 'GET' && (m = rest.match(/^commits\/([0-9a-f]{40})\/pulls$/))) {
      const sha = m[1] as string;
      const found = [];
      for (const [number, pr] of Object.entries(repo.pulls)) {
        if ((await git(repo.dir, ['rev-parse', pr.head])) === sha) found.push(await this.pullJson(repo, Number(number), pr));
      }
      return [200, found];
    }
    if ((m = rest.match(/^pulls\/(\d+)\/reviews$/))) {
      const pull = Number(m[1]);
      if (method === 'GET')
        return [
          200,
          this.page(
            url,
            this.reviews.filter((r) => r.pull === pull),
          ).map((r) => this.reviewJson(repo, r)),
        ];
      if (method === 'POST') {
        const b = body as { commit_id: string; body: string; comments?: { path: string; line: number; start_line?: number; body: string }[] };
        const review: FakeReview = { id: this.nextId++, pull, commit_id: b.commit_id, body: b.body };
        this.reviews.push(review);
        for (const c of b.comments ?? []) {
          this.reviewComments.push({
            id: this.nextId++,
            review: review.id,
            pull,
            path: c.path,
            line: c.line,
            start_line: c.start_line ?? null,
            commit_id: b.commit_id,
            body: c.body,
          });
        }
        return [200, this.reviewJson(repo, review)];
      }
    }
    if (method === 'GET' && (m = rest.match(/^pulls\/(\d+)\/comments$/))) {
      const pull = Number(m[1]);
      return [
        200,
        this.page(
          url,
          this.reviewComments.filter((c) => c.pull === pull),
        ).map((c) => this.reviewCommentJson(repo, c)),
      ];
    }
    if (method === 'DELETE' && (m = rest.match(/^pulls\/comments\/(\d+)$/))) {
      const at = this.reviewComments.findIndex((c) => c.id === Number(m?.[1]));
      if (at < 0) throw new HttpError(404, 'Not Found');
      this.reviewComments.splice(at, 1);
      return [204, undefined];
    }
    if (method === 'GET' && (m = rest.match(/^pulls\/(\d+)\/files$/))) {
      const pr = repo.pulls[Number(m[1])];
      if (!pr) throw new HttpError(404, 'Not Found');
      return [200, await this.pullFiles(repo, pr, url)];
    }
    if (method === 'GET' && (m = rest.match(/^git\/matching-refs\/(.+)$/))) {
      const prefix = `refs/${decodeURIComponent(m[1] as string)}`;
      const refs = (await git(repo.dir, ['for-each-ref', '--format=%(refname) %(objectname)'])).split('\n').filter((l) => l.startsWith(prefix));
      return [
        200,
        refs.map((line) => {
          const [ref, sha] = line.split(' ') as [string, string];
          return { ref, node_id: `REF_${sha}`, url: `${api}/git/${ref}`, object: { type: 'commit', sha, url: `${api}/git/commits/${sha}` } };
        }),
      ];
    }
    if (method === 'GET' && (m = rest.match(/^compare\/([^/]+)\.\.\.([^/]+)$/))) {
      return [200, await this.comparison(repo, decodeURIComponent(m[1] as string), decodeURIComponent(m[2] as string))];
    }
    if (method === 'GET' && (m = rest.match(/^git\/trees\/([^/]+)$/))) {
      const treeSha = await git(repo.dir, ['rev-parse', `${decodeURIComponent(m[1] as string)}^{tree}`]).catch(() => {
        throw new HttpError(404, 'Not Found');
      });
      const recursive = url.searchParams.has('recursive');
      const out = await git(repo.dir, ['ls-tree', '-l', '-z', ...(recursive ? ['-r', '-t'] : []), treeSha]);
      const tree = out
        .split('\0')
        .filter(Boolean)
        .map((line) => {
          const tab = line.indexOf('\t');
          const [mode, type, sha, size] = line.slice(0, tab).split(/\s+/) as [string, string, string, string];
          const entry: Record<string, unknown> = { path: line.slice(tab + 1), mode, type, sha, url: `${api}/git/${type}s/${sha}` };
          if (type === 'blob') entry.size = Number(size);
          return entry;
        });
      return [200, { sha: treeSha, url: `${api}/git/trees/${treeSha}`, tree, truncated: false }];
    }
    if (method === 'GET' && (m = rest.match(/^git\/blobs\/([0-9a-f]{40})$/))) {
      const sha = m[1] as string;
      const reader = this.blobReaders.get(repo.dir) ?? new GitBlobReader(repo.dir);
      this.blobReaders.set(repo.dir, reader);
      const buf = await reader.read(sha).catch(() => {
        throw new HttpError(404, 'Not Found');
      });
      return [200, { sha, node_id: `B_${sha}`, url: `${api}/git/blobs/${sha}`, size: buf.length, content: buf.toString('base64'), encoding: 'base64' }];
    }
    if (method === 'GET' && (m = rest.match(/^contents\/(.+)$/))) {
      const path = decodeURIComponent(m[1] as string);
      const ref = url.searchParams.get('ref') ?? repo.defaultBranch;
      const content = await gitBytes(repo.dir, ['show', `${ref}:${path}`]).catch(() => undefined);
      if (content === undefined) throw new HttpError(404, 'Not Found');
      if (raw) return [200, content.toString('utf8')];
      throw new HttpError(415, 'the fake serves file contents in raw format only');
    }
    if (method === 'POST' && rest === 'check-runs') {
      const b = body as Partial<FakeCheckRun> & { output?: { title?: string; summary?: string; annotations?: Record<string, unknown>[] } };
      const run: FakeCheckRun = {
        id: this.nextId++,
        head_sha: b.head_sha as string,
        name: b.name as string,
        status: b.status ?? 'queued',
        conclusion: null,
        started_at: b.started_at ?? null,
        completed_at: null,
        output: { title: b.output?.title ?? null, summary: b.output?.summary ?? null, text: null },
        annotations: [...(b.output?.annotations ?? [])],
      };
      this.checkRuns.push(run);
      return [201, this.checkRunJson(repo, run)];
    }
    if (method === 'PATCH' && (m = rest.match(/^check-runs\/(\d+)$/))) {
      const run = this.checkRuns.find((r) => r.id === Number(m?.[1]));
      if (!run) throw new HttpError(404, 'Not Found');
      const b = body as {
        status?: string;
        conclusion?: string;
        completed_at?: string;
        output?: { title?: string; summary?: string; annotations?: Record<string, unknown>[] };
      };
      if (b.conclusion) {
        run.conclusion = b.conclusion;
        run.status = 'completed';
      }
      if (b.status) run.status = b.status;
      if (b.completed_at) run.completed_at = b.completed_at;
      if (b.output) {
        run.output = { title: b.output.title ?? run.output.title, summary: b.output.summary ?? run.output.summary, text: null };
        // GitHub appends annotations across updates.
        run.annotations.push(...(b.output.annotations ?? []));
        if ((b.output.annotations?.length ?? 0) > 50) throw new HttpError(422, 'Only 50 annotations are allowed per request');
      }
      return [200, this.checkRunJson(repo, run)];
    }
    if ((m = rest.match(/^issues\/(\d+)\/comments$/))) {
      const issue = Number(m[1]);
      if (method === 'GET') return [200, this.page(url, this.commentsOn(issue)).map((c) => this.commentJson(repo, c))];
      if (method === 'POST') {
        const comment = {
          id: this.nextId++,
          issue_number: issue,
          body: (body as { body: string }).body,
          user: this.botUser,
          created_at: now(),
          updated_at: now(),
        };
        if (comment.body.length > 65536) throw new HttpError(422, 'Body is too long (maximum is 65536 characters)');
        this.comments.push(comment);
        return [201, this.commentJson(repo, comment)];
      }
    }
    if (method === 'GET' && (m = rest.match(/^collaborators\/([^/]+)\/permission$/))) {
      const login = decodeURIComponent(m[1] as string);
      const role = repo.collaborators?.[login] ?? 'read';
      // The legacy `permission` field folds maintain into write and triage into read.
      const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
      return [200, { permission, role_name: role, user: { ...user(login, 7000), role_name: role } }];
    }
    if (method === 'POST' && (m = rest.match(/^issues\/comments\/(\d+)\/reactions$/))) {
      const commentId = Number(m[1]);
      if (!this.comments.some((c) => c.id === commentId)) throw new HttpError(404, 'Not Found');
      const content = (body as { content: string }).content;
      this.reactions.push({ commentId, content });
      return [201, { id: this.nextId++, node_id: `REA_${this.nextId}`, user: this.botUser, content, created_at: now() }];
    }
    if (method === 'PATCH' && (m = rest.match(/^issues\/comments\/(\d+)$/))) {
      const comment = this.comments.find((c) => c.id === Number(m?.[1]));
      if (!comment) throw new HttpError(404, 'Not Found');
      const next = (body as { body: string }).body;
      if (next.length > 65536) throw new HttpError(422, 'Body is too long (maximum is 65536 characters)');
      comment.body = next;
      comment.updated_at = now();
      return [200, this.commentJson(repo, comment)];
    }
    throw new HttpError(404, `the fake does not serve ${method} ${url.pathname}`);
  }

  private page<T>(url: URL, items: T[]): T[] {
    const perPage = Number(url.searchParams.get('per_page') ?? 30);
    const page = Number(url.searchParams.get('page') ?? 1);
    return items.slice((page - 1) * perPage, page * perPage);
  }

  private async pullFiles(repo: FakeRepo, pr: { base: string; head: string }, url: URL) {
    return this.page(url, await this.diffEntries(repo, pr.base, pr.head));
  }

  /** The files changed from the merge base of `base` and `head` to `head`, as GitHub's diff entries. */
  private async diffEntries(repo: FakeRepo, base: string, head: string) {
    const status: Record<string, string> = { A: 'added', D: 'removed', M: 'modified', R: 'renamed', C: 'copied', T: 'changed' };
    const range = `${base}...${head}`;
    const [names, tree, diff] = await Promise.all([
      git(repo.dir, ['diff', '--name-status', '-M', range]),
      git(repo.dir, ['ls-tree', '-r', head]),
      // Each file's own diff, as `git diff range -- file` gives it: a renamed file's patch adds its whole text.
      git(repo.dir, ['diff', '--no-renames', range]),
    ]);
    const blobs = new Map(tree.split('\n').map((l) => [l.slice(l.indexOf('\t') + 1), l.split(/\s+/)[2] as string]));
    const patches = new Map(
      `\n${diff}`.split('\ndiff --git ').flatMap((section) => {
        const path = /^\+\+\+ b\/(.*)$/m.exec(section)?.[1] ?? /^--- a\/(.*)$/m.exec(section)?.[1];
        // GitHub's patch: the unified diff from the first hunk on.
        return path && section.includes('@@') ? [[path, section.slice(section.indexOf('@@')).trimEnd()]] : [];
      }),
    );
    return names
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [code, first, second] = line.split('\t') as [string, string, string | undefined];
        const filename = second ?? first;
        const blob = `https://github.com/${repo.owner}/${repo.name}/blob/${head}/${filename}`;
        const patch = patches.get(filename);
        return {
          sha: code.startsWith('D') ? '0000000000000000000000000000000000000000' : (blobs.get(filename) as string),
          filename,
          status: status[code.charAt(0)] ?? 'changed',
          additions: 1,
          deletions: 0,
          changes: 1,
          blob_url: blob,
          raw_url: blob.replace('/blob/', '/raw/'),
          contents_url: `https://api.github.com/repos/${repo.owner}/${repo.name}/contents/${filename}?ref=${head}`,
          ...(second ? { previous_filename: first } : {}),
          ...(patch ? { patch } : {}),
        };
      });
  }

  /** GET /compare/base...head: as GitHub, at most 250 commits and 300 files, however it is paged. */
  private async comparison(repo: FakeRepo, base: string, head: string) {
    const [baseSha, headSha, mergeBase] = await Promise.all([
      git(repo.dir, ['rev-parse', base]),
      git(repo.dir, ['rev-parse', head]),
      git(repo.dir, ['merge-base', base, head]),
    ]).catch(() => {
      throw new HttpError(404, 'Not Found');
    });
    const count = async (range: string) => Number(await git(repo.dir, ['rev-list', '--count', range]));
    const [ahead, behind] = await Promise.all([count(`${baseSha}..${headSha}`), count(`${headSha}..${baseSha}`)]);
    const commits = (await git(repo.dir, ['rev-list', '--reverse', `${baseSha}..${headSha}`])).split('\n').filter(Boolean);
    const html = `https://github.com/${repo.owner}/${repo.name}/compare/${base}...${head}`;
    return {
      url: `https://api.github.com/repos/${repo.owner}/${repo.name}/compare/${base}...${head}`,
      html_url: html,
      permalink_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      base_commit: await this.commitJson(repo, baseSha),
      merge_base_commit: await this.commitJson(repo, mergeBase),
      status: ahead && behind ? 'diverged' : ahead ? 'ahead' : behind ? 'behind' : 'identical',
      ahead_by: ahead,
      behind_by: behind,
      total_commits: ahead,
      commits: await Promise.all(commits.slice(0, 250).map((sha) => this.commitJson(repo, sha))),
      files: (await this.diffEntries(repo, baseSha, headSha)).slice(0, 300),
    };
  }

  private async commitJson(repo: FakeRepo, sha: string) {
    const api = `https://api.github.com/repos/${repo.owner}/${repo.name}`;
    const [tree, message, parents] = (await git(repo.dir, ['show', '-s', '--format=%T%x00%B%x00%P', sha])).split('\0') as [string, string, string];
    const person = { name: 'Octo Cat', email: 'octocat@example.com', date: '2026-01-01T00:00:00Z' };
    return {
      url: `${api}/commits/${sha}`,
      sha,
      node_id: `C_${sha}`,
      html_url: `https://github.com/${repo.owner}/${repo.name}/commit/${sha}`,
      comments_url: `${api}/commits/${sha}/comments`,
      commit: {
        author: person,
        committer: person,
        comment_count: 0,
        message: message.trim(),
        tree: { sha: tree, url: `${api}/git/trees/${tree}` },
        url: `${api}/git/commits/${sha}`,
      },
      author: user('octocat', 1),
      committer: user('octocat', 1),
      parents: parents
        .split(' ')
        .filter(Boolean)
        .map((p) => ({ sha: p, url: `${api}/commits/${p}` })),
    };
  }

  /** A pull request as the REST API returns it, shaped from the webhook example's pull_request. */
  private async pullJson(repo: FakeRepo, number: number, pr: FakeRepo['pulls'][number]) {
    const example = structuredClone(
      (examples.find((e) => e.name === 'pull_request')?.examples.find((e) => e.action === 'opened') as { pull_request: Payload }).pull_request,
    );
    const [baseSha, headSha] = await Promise.all([git(repo.dir, ['rev-parse', pr.base]), git(repo.dir, ['rev-parse', pr.head])]);
    for (const side of [example.base, example.head]) {
      side.repo.name = repo.name;
      side.repo.full_name = `${repo.owner}/${repo.name}`;
      side.repo.owner.login = repo.owner;
    }
    Object.assign(example.base, { sha: baseSha, ref: pr.base });
    Object.assign(example.head, { sha: headSha, ref: pr.head });
    return { ...example, number, title: pr.title ?? `PR ${number}`, body: pr.body ?? null, state: 'open', auto_merge: null };
  }

  private reviewJson(repo: FakeRepo, r: FakeReview) {
    const html = `https://github.com/${repo.owner}/${repo.name}/pull/${r.pull}#pullrequestreview-${r.id}`;
    const pullUrl = `https://api.github.com/repos/${repo.owner}/${repo.name}/pulls/${r.pull}`;
    return {
      id: r.id,
      node_id: `PRR_${r.id}`,
      user: this.botUser,
      body: r.body,
      state: 'COMMENTED',
      commit_id: r.commit_id,
      html_url: html,
      pull_request_url: pullUrl,
      _links: { html: { href: html }, pull_request: { href: pullUrl } },
      author_association: 'NONE',
      submitted_at: now(),
    };
  }

  private reviewCommentJson(repo: FakeRepo, c: FakeReviewComment) {
    const api = `https://api.github.com/repos/${repo.owner}/${repo.name}`;
    const html = `https://github.com/${repo.owner}/${repo.name}/pull/${c.pull}#discussion_r${c.id}`;
    return {
      url: `${api}/pulls/comments/${c.id}`,
      id: c.id,
      node_id: `PRRC_${c.id}`,
      pull_request_review_id: c.review,
      diff_hunk: '@@ -0,0 +1 @@',
      path: c.path,
      commit_id: c.commit_id,
      original_commit_id: c.commit_id,
      user: this.botUser,
      body: c.body,
      created_at: now(),
      updated_at: now(),
      html_url: html,
      pull_request_url: `${api}/pulls/${c.pull}`,
      author_association: 'NONE',
      _links: { self: { href: `${api}/pulls/comments/${c.id}` }, html: { href: html }, pull_request: { href: `${api}/pulls/${c.pull}` } },
      line: c.line,
      start_line: c.start_line,
      side: 'RIGHT',
    };
  }

  private checkRunJson(repo: FakeRepo, run: FakeCheckRun) {
    const api = `https://api.github.com/repos/${repo.owner}/${repo.name}`;
    return {
      id: run.id,
      node_id: `CR_${run.id}`,
      head_sha: run.head_sha,
      name: run.name,
      external_id: '',
      url: `${api}/check-runs/${run.id}`,
      html_url: `https://github.com/${repo.owner}/${repo.name}/runs/${run.id}`,
      details_url: `https://github.com/${repo.owner}/${repo.name}/runs/${run.id}`,
      status: run.status,
      conclusion: run.conclusion,
      started_at: run.started_at,
      completed_at: run.completed_at,
      output: { ...run.output, annotations_count: run.annotations.length, annotations_url: `${api}/check-runs/${run.id}/annotations` },
      check_suite: { id: 1 },
      app: {
        id: 1,
        slug: 'pg-dba-review',
        node_id: 'A_1',
        owner: user(repo.owner, 1),
        name: 'pg-dba-review',
        description: 'PostgreSQL DBA review',
        external_url: 'https://example.invalid',
        html_url: 'https://github.com/apps/pg-dba-review',
        created_at: '2026-01-01T00:00:00Z',
        updated_at: '2026-01-01T00:00:00Z',
        permissions: { checks: 'write' },
        events: ['pull_request'],
      },
      pull_requests: [],
    };
  }

  private commentJson(repo: FakeRepo, c: FakeComment) {
    const api = `https://api.github.com/repos/${repo.owner}/${repo.name}`;
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${api}/issues/comments/${c.id}`,
      html_url: `https://github.com/${repo.owner}/${repo.name}/pull/${c.issue_number}#issuecomment-${c.id}`,
      issue_url: `${api}/issues/${c.issue_number}`,
      body: c.body,
      user: c.user,
      created_at: c.created_at,
      updated_at: c.updated_at,
      author_association: 'NONE',
    };
  }
}
