import type { Review } from '../review/types.js';
import { renderCheckRun, type CheckRunResult } from './checkRun.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';

/** What the app publishes for a review: rendered in a worker thread (tasks.ts), so these are plain data. */
export interface PublishTask {
  review: Review;
  /** Room for the comment's Markdown, and for the check run's summary. */
  commentRoom: number;
  checkRoom: number;
}

export interface Published {
  markdown: string;
  check: CheckRunResult;
}

export function publishable({ review, commentRoom, checkRoom }: PublishTask): Published {
  return { markdown: renderMarkdown(review, commentRoom), check: renderCheckRun(review, renderMarkdown(review, checkRoom)) };
}

/** What the command line prints for a review. */
export interface FormatTask {
  review: Review;
  format: 'markdown' | 'json' | 'sarif';
  version: string;
}

export function formatted({ review, format, version }: FormatTask): string {
  return format === 'json' ? `${renderJson(review)}\n` : format === 'sarif' ? `${renderSarif(review, version)}\n` : renderMarkdown(review);
}
