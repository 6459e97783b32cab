import type { Review } from '../review/types.js';
import { renderCheckRun, type CheckRunResult } from './checkRun.js';
import { commentMarkdown } from './comment.js';
import type { ReviewFormat } from './formats.js';
import { renderJson } from './json.js';
import { renderMarkdown, renderWholeMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { reviewCommands } from './workflowCommands.js';

/** What the app publishes for a review: rendered in a worker thread (tasks.ts), so these are plain data. */
export interface PublishTask {
  review: Review;
  /** Room for the comment's Markdown (STICKY_ROOM on a pull request), and for the check run's summary. */
  commentRoom: number;
  checkRoom: number;
}

export interface Published {
  markdown: string;
  check: CheckRunResult;
}

export function publishable({ review, commentRoom, checkRoom }: PublishTask): Published {
  return { markdown: commentMarkdown(review, commentRoom), check: renderCheckRun(review, renderMarkdown(review, checkRoom)) };
}

/** What the command line prints for a review. */
export interface FormatTask {
  review: Review;
  format: ReviewFormat;
  version: string;
  /** Markdown: the whole review, every list in full, not fitted to a comment. */
  full?: boolean;
}

export function formatted({ review, format, version, full }: FormatTask): string {
  switch (format) {
    case 'json':
      return `${renderJson(review)}\n`;
    case 'sarif':
      return `${renderSarif(review, version)}\n`;
    case 'github':
      return reviewCommands(review);
    case 'markdown':
      return full ? renderWholeMarkdown(review) : commentMarkdown(review);
  }
}
