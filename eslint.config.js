import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import * as figmaPlugin from '@figma/eslint-plugin-figma-plugins';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/emotion/generated/**', 'test-artifacts/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Figma's own rules (deprecated/sync APIs that throw under dynamic-page) for the sandbox code.
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname } },
    plugins: { '@figma/figma-plugins': figmaPlugin },
    rules: { ...figmaPlugin.flatConfigs.recommended.rules },
  },
  // Layer boundaries (README "Layout"): the engine decides, adapters read and write the board,
  // entries wire them, the panel lays out. Paths are matched on the import text, so './figjam/x'
  // from src/ and '../figjam/x' from src/journey/ are both caught; tsconfig.engine.json backs this
  // up by compiling the engine without figma, Node or DOM types.
  {
    files: ['src/**/*.ts'],
    ignores: ['src/figjam/**', 'src/rest/**', 'src/main.ts', 'src/cli.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '(^|/)(figjam|rest)(/|$)', message: 'The engine never imports an adapter (src/figjam, src/rest): pass what it needs in the snapshot.' },
        { regex: '^(\\.\\.?/)+(main|cli)(\\.ts)?$', message: 'The engine never imports an entry (src/main.ts, src/cli.ts).' },
        { regex: '(^|/)ui(/|$)', message: 'The engine never imports the panel (ui/).' },
      ] }],
    },
  },
  {
    files: ['ui/**/*.ts', 'ui/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '(^|/)src/(figjam|rest)(/|$)', message: 'The panel never imports an adapter (src/figjam, src/rest): it talks to the sandbox through src/messages.ts.' },
        { regex: '(^|/)src/(main|cli)(\\.ts)?$', message: 'The panel never imports an entry (src/main.ts, src/cli.ts).' },
      ] }],
    },
  },
  {
    files: ['src/figjam/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '(^|/)rest(/|$)', message: 'The FigJam adapter never imports the REST adapter.' },
        { regex: '^(\\.\\.?/)+(main|cli)(\\.ts)?$', message: 'An adapter never imports an entry (src/main.ts, src/cli.ts).' },
      ] }],
    },
  },
  {
    files: ['src/rest/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '(^|/)figjam(/|$)', message: 'The REST adapter never imports the FigJam adapter.' },
        { regex: '^(\\.\\.?/)+(main|cli)(\\.ts)?$', message: 'An adapter never imports an entry (src/main.ts, src/cli.ts).' },
      ] }],
    },
  },
  {
    files: ['**/*.mjs', 'bench/**', 'scripts/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
