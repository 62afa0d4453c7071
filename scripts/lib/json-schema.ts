import { z } from 'zod';
import { GraphFile } from '../../src/domain/schema';
import { TourFile } from '../../src/domain/tour-schema';
import { GlossaryFile } from '../../src/domain/glossary';

export function graphJsonSchemaText(): string {
  const schema = z.toJSONSchema(GraphFile, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Strategy graph (太谷战略图谱 format)' }, null, 2)}\n`;
}

export function tourJsonSchemaText(): string {
  const schema = z.toJSONSchema(TourFile, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Guided tour of a strategy graph (太谷战略图谱 format)' }, null, 2)}\n`;
}

export function glossaryJsonSchemaText(): string {
  const schema = z.toJSONSchema(GlossaryFile, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Glossary of a strategy graph: one English term per Chinese term (太谷战略图谱 format)' }, null, 2)}\n`;
}
