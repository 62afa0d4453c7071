/**
 * `npm run graph:schema` — writes graph-data/graph.schema.json from the zod schema in src/domain/schema.ts, and
 * graph-data/tour.schema.json from src/domain/tour-schema.ts, and graph-data/glossary.schema.json from
 * src/domain/glossary.ts.
 * The JSON Schema is generated, never edited by hand; a unit test fails when it is out of date.
 */
import { writeFileSync } from 'node:fs';
import { glossaryJsonSchemaText, graphJsonSchemaText, tourJsonSchemaText } from './lib/json-schema';

writeFileSync('graph-data/graph.schema.json', graphJsonSchemaText());
console.log('wrote graph-data/graph.schema.json');
writeFileSync('graph-data/tour.schema.json', tourJsonSchemaText());
console.log('wrote graph-data/tour.schema.json');
writeFileSync('graph-data/glossary.schema.json', glossaryJsonSchemaText());
console.log('wrote graph-data/glossary.schema.json');
