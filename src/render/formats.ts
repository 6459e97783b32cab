// Kept apart from the renderers so that the command line's flags load none of them.

/** How `review` can print a review. */
export const REVIEW_FORMATS = ['markdown', 'json', 'sarif', 'github'] as const;
export type ReviewFormat = (typeof REVIEW_FORMATS)[number];

/** How `lint` can print its findings. */
export const LINT_FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];
