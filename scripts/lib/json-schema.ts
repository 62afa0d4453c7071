import { z } from 'zod';
import { GraphFile } from '../../src/domain/schema';
import { TourFile } from '../../src/domain/tour-schema';

export function graphJsonSchemaText(): string {
  const schema = z.toJSONSchema(GraphFile, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Strategy graph (太谷战略图谱 format)' }, null, 2)}\n`;
}

export function tourJsonSchemaText(): string {
  const schema = z.toJSONSchema(TourFile, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Guided tour of a strategy graph (太谷战略图谱 format)' }, null, 2)}\n`;
}
