import { readFileSync } from 'node:fs';
import { buildModel, type GraphModel } from '../../src/domain/graph-model';
import { readGraphText } from '../../src/domain/read-graph';

export function loadModel(path: string): GraphModel {
  const result = readGraphText(readFileSync(path, 'utf8'), path);
  if (!result.ok) throw new Error(`${path} is invalid`);
  return buildModel(result.graph);
}

export const taiguModel = () => loadModel('graph-data/taigu-2021/graph.json');
export const miniModel = () => loadModel('tests/fixtures/mini/valid.json');
