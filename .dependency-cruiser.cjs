// The module graph: one way, no cycles. Run by `npm run lint:modules` (part of `npm test`);
// the README's "Module graph" section says the same in words. Layers of main/, lowest first:
// a module imports only from its own layer's folder and the layers below it.
const layers = [
  ['base', '^main/(atomic-write|paths|library-dir|csp|listeners)\\.ts$'],
  ['assets', '^main/assets/'],
  ['library', '^main/library/'],
  ['site', '^main/site/'],
  // Siblings: none of these three imports another.
  ['publish', '^main/publish/', 'work'],
  ['import', '^main/import/', 'work'],
  ['handoff', '^main/handoff/', 'work'],
  ['wiring', '^main/(session|opening|handlers|dispatch|jobs|events)\\.ts$'],
  // The shells and the CLI on top; the CLI's `web` command starts the web shell.
  ['web', '^main/web/', 'top'],
  ['shell', '^main/shell/', 'top'],
  ['cli', '^main/cli/'],
];

const upward = layers.flatMap(([name, from, group], i) => {
  const above = layers.slice(i + 1).filter(([other]) => !(name === 'web' && other === 'cli'));
  const siblings = group ? layers.filter(([other, , g]) => g === group && other !== name) : [];
  const targets = [...siblings, ...above].map(([, path]) => path);
  return targets.length
    ? [{ name: `${name}-imports-only-below`, severity: 'error', comment: `main/ is one way: ${name} may not import ${[...siblings, ...above].map(([n]) => n).join(', ')}.`, from: { path: from }, to: { path: targets } }]
    : [];
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'No import cycles anywhere in the tree.', from: {}, to: { circular: true } },
    ...upward,
    {
      name: 'contract-on-top',
      severity: 'error',
      comment: 'shared/api.ts is the transport contract: domain code takes its data shapes from the domain modules of shared/, and the contract imports them.',
      from: { path: ['^shared/', '^main/(atomic-write|paths|library-dir|csp|listeners)\\.ts$', '^main/(assets|library|site|publish|import|handoff)/', '^main/jobs\\.ts$'], pathNot: '^shared/api\\.ts$' },
      to: { path: '^shared/api\\.ts$' },
    },
    {
      name: 'library-files-through-the-library',
      severity: 'error',
      comment: 'The site pages file is written only through the Library, in turn with its other writes.',
      from: { pathNot: '^main/library/' },
      to: { path: '^main/library/site-pages\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|release|node_modules)/' },
  },
};
