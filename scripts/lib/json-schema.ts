import { z } from 'zod';
import { GraphFile } from '../../src/domain/schema';

export function graphJsonSchemaText(): string {
  const schema = z.toJSONSchema(GraphFile, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Strategy graph (太谷战略图谱 format)' }, null, 2)}\n`;
}
