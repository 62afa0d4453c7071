import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { layersPlugin } from './lint/layers.js';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'bench/results',
      'bench/.build',
      'test-results',
      'playwright-report',
      'scripts/_*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Data must never become HTML: React's escape hatch is banned outright.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never build HTML from data; use text nodes.' },
        { property: 'outerHTML', message: 'Never build HTML from data; use text nodes.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/order': 'error' },
  },
);
