// The folders of src/ as layers, lowest first (docs/architecture.md lists the same). A folder
// imports only from itself and the layers below its own; two folders of one layer do not import
// each other. `npm run depcheck` checks it, and that no file imports itself round a circle.
const LAYERS = [
  ['model', 'parse', 'source', 'isolate', 'ops'], // shared model and helpers: they import nothing of src/
  ['discover'],
  ['config'],
  ['sandbox'],
  ['trace', 'catalog'],
  ['apply'],
  ['data'],
  ['base'],
  ['explain'],
  ['rules'],
  ['review'],
  ['render'],
  ['jobs'],
  ['github', 'cli'],
  ['action'], // the GitHub Action: the CLI's review of a checkout, published as the app publishes
  ['server.ts', 'tasks.ts'], // entry points: the app, and the module the worker threads load by path
];

/** A pattern for files of these folders (or top-level files), the name in its first group. */
const within = (names) => `^src/(${names.map((n) => n.replace('.', '\\.')).join('|')})($|/)`;

const layerRules = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `layer:${layer.join(',')}`,
  comment: `${layer.join(', ')} import(s) only from the layers below: ${LAYERS.slice(0, i).flat().join(', ') || 'none'}`,
  severity: 'error',
  from: { path: within(layer) },
  // Its own folder ($1, the folder the importing file is in) excepted.
  to: { path: within(LAYERS.slice(i).flat()), pathNot: '^src/$1($|/)' },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No file reaches itself through its imports, type-only imports included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-orphans',
      comment: 'Every source file imports or is imported.',
      severity: 'error',
      from: { orphan: true },
      to: {},
    },
    ...layerRules,
  ],
  options: {
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.build.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
