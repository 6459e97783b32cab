import type { Layout } from '../types.js';
import { byFolder, numberedFiles } from './common.js';

/** Plain SQL files of no known framework, applied in natural path order; the runner is unknown. */
export const plain: Layout = {
  id: 'plain',
  label: 'plain SQL files',
  optOut: null,
  identity: {
    by: 'unknown',
    records: 'the tool that runs these files is not known',
    renamed: 'a runner that records file names runs it again; one that records numbers does not',
  },
  claim: (files) => byFolder(files, (name) => name.toLowerCase().endsWith('.sql')),
  build: (root, files, ctx) => numberedFiles('plain', root, files, ctx, 'unknown'),
};
