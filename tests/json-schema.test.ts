import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { graphJsonSchemaText, tourJsonSchemaText } from '../scripts/lib/json-schema';

it('graph-data/graph.schema.json is generated from src/domain/schema.ts (run npm run graph:schema)', () => {
  expect(readFileSync('graph-data/graph.schema.json', 'utf8')).toBe(graphJsonSchemaText());
});

it('the shipped graph points editors at the schema', () => {
  const graph = JSON.parse(readFileSync('graph-data/taigu-2021/graph.json', 'utf8'));
  expect(graph.$schema).toBe('../graph.schema.json');
});

it('graph-data/tour.schema.json is generated from src/domain/tour-schema.ts (run npm run graph:schema)', () => {
  expect(readFileSync('graph-data/tour.schema.json', 'utf8')).toBe(tourJsonSchemaText());
});
