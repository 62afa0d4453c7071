/** Types of lint/layers.js, for the tests that read the same layer order. */
export const LAYERS: string[][];
export function folderOf(srcDir: string, file: string): string | undefined;
export function importProblem(from: string, to: string): string | undefined;
export const layersPlugin: unknown;
