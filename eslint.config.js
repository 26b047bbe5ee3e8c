// Lint, and the layers: shared/ is pure TypeScript; renderer/ reaches main only through the
// typed client; only the thin shell in main/shell imports Electron.
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const layer = (message, groups, names = []) => ({
  'no-restricted-imports': ['error', { paths: names.map((name) => ({ name, message })), patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**'],
    languageOptions: { globals: {} },
    rules: {
      ...layer('shared/ is pure TypeScript: no Node, DOM, Electron, main or renderer.', ['**/main/**', '**/renderer/**', 'react', 'react-*'], [...nodeModules, 'electron']),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: layer('renderer/ reaches main only through renderer/api/client.', ['**/main/**'], [...nodeModules, 'electron']),
  },
  {
    files: ['main/**'],
    ignores: ['main/shell/**'],
    rules: layer('main/ services are plain Node: Electron only in main/shell, and never the renderer.', ['**/renderer/**'], ['electron']),
  },
  {
    files: ['main/shell/**'],
    rules: layer('The shell never imports the renderer.', ['**/renderer/**']),
  },
);
