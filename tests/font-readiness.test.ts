// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { FontReadiness } from '../src/canvas/font-readiness';

/** A stand-in FontFaceSet whose parts for `loaded` characters are in. */
function fakeFonts(loaded: Set<string>) {
  const set = { check: (_font: string, text: string) => [...text].every((c) => loaded.has(c)) };
  Object.defineProperty(document, 'fonts', { value: set, configurable: true });
}

describe('font readiness of the canvas labels', () => {
  afterEach(() => {
    delete (document as { fonts?: unknown }).fonts;
  });

  it('asks for one restyle once labels drawn before their font can be drawn with it', () => {
    const loaded = new Set<string>();
    fakeFonts(loaded);
    const f = new FontReadiness();
    f.drew(() => '农高区');
    expect(f.shouldRestyle('农高区')).toBe(false);
    for (const c of '农高区') loaded.add(c);
    expect(f.shouldRestyle('农高区')).toBe(true);
    expect(f.shouldRestyle('农高区')).toBe(false);
  });

  it('never restyles for fonts that arrive for text elsewhere on the page', () => {
    fakeFonts(new Set('农高区谷城院'));
    const f = new FontReadiness();
    f.drew(() => '农高区');
    expect(f.shouldRestyle('农高区')).toBe(false);
  });
});
