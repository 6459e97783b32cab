import * as core from '@actions/core';
import type { Annotation } from '../render/checkRun.js';

const COMMAND: Record<Annotation['annotation_level'], (message: string, properties: core.AnnotationProperties) => void> = {
  failure: core.error,
  warning: core.warning,
  notice: core.notice,
};

/**
 * Findings as workflow-command annotations: what a read-only token still allows. GitHub shows at
 * most 10 of each level per step on the pull request's diff; the job summary has them all.
 */
export function annotate(annotations: Annotation[]): void {
  for (const a of annotations) COMMAND[a.annotation_level](a.message, { title: a.title, file: a.path, startLine: a.start_line, endLine: a.end_line });
}
