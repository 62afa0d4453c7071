import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeGraphBytes, MAX_JSON_DEPTH, readGraphText } from '../../src/domain/read-graph';
import { validateGraph } from '../../src/domain/validate-graph';
import {
  codesOf,
  ensure,
  expectGraphResult,
  expectNoPollution,
  expectWellFormedProblem,
  expectWithinDepthLimit,
  jsonDepth,
} from './invariants';
import {
  applyByteMutation,
  applyMutation,
  applyTextMutation,
  byteMutationArb,
  cloneJson,
  defineKey,
  HOSTILE_KEYS,
  mutationArb,
  stringPayloadArb,
  textMutationArb,
  type Json,
} from './mutations';
import { READER_RUNS as RUNS } from './run-counts';

const miniText = readFileSync('tests/fixtures/mini/valid.json', 'utf8');
const miniSource = readFileSync('tests/fixtures/mini/source.txt', 'utf8');
const taiguText = readFileSync('graph-data/taigu-2021/graph.json', 'utf8');
const taiguSource = readFileSync('graph-data/taigu-2021/source.txt', 'utf8');
const FILE = 'g.json';
const PARSE_CODES = ['json-syntax', 'too-deep', 'file-too-large'];
const opts = (sourceText?: string) =>
  sourceText === undefined ? { file: FILE } : { file: FILE, sourceText };

/**
 * Reads a text and checks the outcome against an independent parse: text JSON.parse refuses is refused as
 * JSON; text it accepts is either too deep (and really is) or gives exactly what validateGraph gives.
 */
function readAndCheck(text: string, sourceText?: string) {
  const result = readGraphText(text, FILE, sourceText);
  let value: unknown;
  let parsed = false;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
    parsed = true;
  } catch {
    // refused below
  }
  const codes = codesOf(result);
  if (!parsed) {
    ensure(
      !result.ok && PARSE_CODES.includes(codes[0]!),
      () => `not JSON, yet read as ${codes.join() || 'ok'}`,
    );
  } else if (codes[0] === 'too-deep') {
    ensure(jsonDepth(value) > MAX_JSON_DEPTH, () => `refused as too deep at depth ${jsonDepth(value)}`);
  } else {
    expectWithinDepthLimit(value);
    const direct = validateGraph(value, opts(sourceText));
    ensure(isDeepStrictEqual(result, direct), 'readGraphText and validateGraph(JSON.parse) disagree');
  }
  expectGraphResult(result, {
    input: parsed ? value : undefined,
    revalidate: (g) => validateGraph(g, opts(sourceText)),
  });
  return result;
}

afterEach(expectNoPollution);

// ------------------------------------------------------------------------------------------- arbitraries

/** Text made of JSON's own characters, so that much of it gets some way into the parser. */
const jsonSoupArb = fc
  .array(
    fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      '"',
      ':',
      ',',
      ' ',
      '\n',
      '\\',
      '0',
      '-1.5e3',
      'true',
      'null',
      '"a"',
      'nodes',
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const jsonValueArb: fc.Arbitrary<Json> = fc.letrec<{ value: Json; object: Json }>((tie) => ({
  value: fc.oneof(
    { maxDepth: 5, depthSize: 'small' },
    fc.constantFrom(null, true, false, 0, -1, 1e300),
    stringPayloadArb,
    fc.array(tie('value'), { maxLength: 4 }),
    tie('object'),
  ),
  object: fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 6 })), tie('value')), {
      maxLength: 5,
    })
    .map((entries) => {
      const o: { [key: string]: Json } = {};
      for (const [k, v] of entries) defineKey(o, k, v);
      return o;
    }),
})).value;

const indentArb = fc.constantFrom<string | number>(0, 1, 2, 4, '\t');

/** An opener, its closer, and where in the opener the bracket that counts sits. */
const OPENERS = [
  { open: '[', close: ']' },
  { open: '{"k":', close: '}' },
  { open: '["[[{{\\"]]", ', close: ']' }, // brackets and an escaped quote inside a string do not nest
  { open: '{"\\\\":', close: '}' }, // an escaped backslash does not escape the closing quote
] as const;

// ------------------------------------------------------------------------------------------------- tests

describe('readGraphText on arbitrary text', () => {
  it('never throws, whatever the text (random unicode, lone surrogates, JSON-ish soup)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.string({ unit: 'grapheme', maxLength: 100 }),
          jsonSoupArb,
        ),
        fc.boolean(),
        (text, withSource) => {
          readAndCheck(text, withSource ? miniSource : undefined);
        },
      ),
      { numRuns: RUNS.arbitraryText },
    );
  });

  it('gives for any JSON text exactly what the validator gives for its value, however it is laid out', () => {
    fc.assert(
      fc.property(jsonValueArb, indentArb, fc.boolean(), (value, indent, bom) => {
        const text = (bom ? '\uFEFF' : '') + JSON.stringify(value, null, indent);
        readAndCheck(text);
      }),
      { numRuns: RUNS.arbitraryJsonText },
    );
  });

  it(`refuses nesting deeper than ${MAX_JSON_DEPTH} levels before parsing, and only that, at the right column`, () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...OPENERS), { maxLength: 2 * MAX_JSON_DEPTH + 8 }),
        fc.constantFrom('0', '"]]]}}}"', '[]', '{}'),
        (openers, inner) => {
          const text =
            openers.map((o) => o.open).join('') +
            inner +
            [...openers]
              .reverse()
              .map((o) => o.close)
              .join('');
          const depth = openers.length + (inner === '[]' || inner === '{}' ? 1 : 0);
          const result = readAndCheck(text);
          if (depth <= MAX_JSON_DEPTH) {
            expect(codesOf(result)).not.toContain('too-deep');
            return;
          }
          expect(codesOf(result)).toEqual(['too-deep']);
          // the bracket that opens level MAX_JSON_DEPTH + 1 comes right after the first MAX_JSON_DEPTH openers
          const offset = openers.slice(0, MAX_JSON_DEPTH).reduce((n, o) => n + o.open.length, 0);
          if (!result.ok)
            expect(result.problems[0]!.params).toEqual({ max: MAX_JSON_DEPTH, line: 1, column: offset + 1 });
        },
      ),
      { numRuns: RUNS.nesting },
    );
  });
});

describe('readGraphText on mutated graph files', () => {
  it('mini graph: truncated, cut, duplicated, with BOM / NUL / lone surrogates / markup inserted', () => {
    fc.assert(
      fc.property(
        fc.array(textMutationArb, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (ms, withSource) => {
          const text = ms.reduce(applyTextMutation, miniText);
          readAndCheck(text, withSource ? miniSource : undefined);
        },
      ),
      { numRuns: RUNS.miniTextMutations },
    );
  });

  it('Taigu graph: one text mutation, checked against its source text', () => {
    fc.assert(
      fc.property(textMutationArb, (m) => {
        readAndCheck(applyTextMutation(taiguText, m), taiguSource);
      }),
      { numRuns: RUNS.taiguTextMutations },
    );
  });

  it('a file cut short anywhere before its last brace is refused as JSON, with a line and column inside it', () => {
    const files = [miniText, taiguText];
    fc.assert(
      fc.property(fc.nat(), fc.nat({ max: files.length - 1 }), (cut, which) => {
        const full = files[which]!;
        const text = full.slice(0, cut % full.lastIndexOf('}'));
        const result = readAndCheck(text);
        expect(codesOf(result)).toEqual(['json-syntax']);
        if (result.ok) return;
        const { line, column } = result.problems[0]!.params;
        const lines = text.split('\n');
        expect(line).toBeGreaterThanOrEqual(1);
        expect(line).toBeLessThanOrEqual(lines.length);
        expect(column).toBeGreaterThanOrEqual(1);
        expect(column).toBeLessThanOrEqual(lines[Number(line) - 1]!.length + 1);
      }),
      { numRuns: RUNS.truncation },
    );
  });

  it('layout, CRLF line ends and a UTF-8 BOM never change the outcome (mutated mini graph)', () => {
    const mini = JSON.parse(miniText) as Json;
    fc.assert(
      fc.property(fc.option(mutationArb), indentArb, fc.boolean(), fc.boolean(), (m, indent, crlf, bom) => {
        const value = cloneJson(mini);
        if (m) applyMutation(value, m);
        const plain = readAndCheck(JSON.stringify(value), miniSource);
        let text = JSON.stringify(value, null, indent);
        if (crlf) text = text.replace(/\n/g, '\r\n'); // JSON escapes newlines in strings: only layout changes
        if (bom) text = '\uFEFF' + text;
        const other = readAndCheck(text, miniSource);
        expect(codesOf(other)).toEqual(codesOf(plain));
        if (!other.ok && !plain.ok)
          expect(other.problems.map((p) => p.path)).toEqual(plain.problems.map((p) => p.path));
      }),
      { numRuns: RUNS.reformatting },
    );
  });
});

/** The bytes path: decodeGraphBytes, then (when it decodes) readGraphText. Node's isUtf8 is the oracle. */
function decodeAndCheck(bytes: Uint8Array, sourceText?: string) {
  const decoded = decodeGraphBytes(bytes, FILE);
  const utf16Signature =
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    (bytes.length >= 2 && (bytes[0] === 0) !== (bytes[1] === 0));
  if (decoded.ok) {
    ensure(isUtf8(bytes) && !utf16Signature, 'bytes that are not UTF-8 were decoded');
    readAndCheck(decoded.text, sourceText);
    return decoded;
  }
  ensure(!isUtf8(bytes) || utf16Signature, 'valid UTF-8 was refused');
  ensure(decoded.problems.length === 1, 'more than one problem for one file');
  for (const p of decoded.problems) {
    ensure(p.code === 'file-not-utf8', () => `unexpected ${p.code}`);
    expectWellFormedProblem(p);
  }
  return decoded;
}

describe('decodeGraphBytes and the reader on mutated and random bytes', () => {
  const miniBytes = new TextEncoder().encode(miniText);

  it('mini graph with flipped, replaced, inserted (BOMs, NUL, overlong, surrogate) and cut bytes', () => {
    fc.assert(
      fc.property(fc.array(byteMutationArb, { minLength: 1, maxLength: 3 }), (ms) => {
        let bytes: Uint8Array = miniBytes;
        for (const m of ms) bytes = applyByteMutation(bytes, m);
        decodeAndCheck(bytes, miniSource);
      }),
      { numRuns: RUNS.miniByteMutations },
    );
  });

  it('setting the high bit of any ASCII byte always makes the file "not UTF-8"', () => {
    const ascii = [...miniBytes.keys()].filter((i) => miniBytes[i]! < 0x80);
    fc.assert(
      fc.property(fc.constantFrom(...ascii), (i) => {
        const bytes = Uint8Array.from(miniBytes);
        bytes[i] = bytes[i]! | 0x80;
        const decoded = decodeAndCheck(bytes);
        expect(decoded.ok ? 'ok' : decoded.problems[0]!.params).toEqual({ encoding: 'unknown' });
      }),
      { numRuns: RUNS.asciiHighBit },
    );
  });

  it('random bytes, alone or after a BOM', () => {
    fc.assert(
      fc.property(
        fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]),
        fc.uint8Array({ maxLength: 120 }),
        (prefix, body) => {
          decodeAndCheck(Uint8Array.from([...prefix, ...body]));
        },
      ),
      { numRuns: RUNS.arbitraryBytes },
    );
  });
});
