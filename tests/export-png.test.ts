import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { crc32, dpiToPxPerMetre, pngChunks, readDpi, withDpi } from '../src/export/png-phys';

function png(width = 3, height = 2): Uint8Array {
  const p = new PNG({ width, height });
  p.data.fill(200);
  return new Uint8Array(PNG.sync.write(p));
}

describe('PNG resolution (pHYs)', () => {
  it('computes the CRC PNG uses', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('300 dpi is 11811 px per metre', () => {
    expect(dpiToPxPerMetre(300)).toBe(11811);
  });

  it('inserts pHYs right after IHDR; the PNG still decodes to the same pixels', () => {
    const before = png();
    const after = withDpi(before, 300);
    const types = pngChunks(after).map((c) => c.type);
    expect(types[0]).toBe('IHDR');
    expect(types[1]).toBe('pHYs');
    expect(types.indexOf('pHYs')).toBeLessThan(types.indexOf('IDAT'));
    expect(readDpi(after)).toBe(300);
    expect(readDpi(before)).toBeUndefined();
    const decoded = PNG.sync.read(Buffer.from(after), { checkCRC: true } as never);
    expect([decoded.width, decoded.height]).toEqual([3, 2]);
    expect(Buffer.compare(decoded.data, PNG.sync.read(Buffer.from(before)).data)).toBe(0);
    const phys = pngChunks(after).find((c) => c.type === 'pHYs')!;
    const view = new DataView(after.buffer, after.byteOffset + phys.start);
    expect([view.getUint32(0), view.getUint32(8), view.getUint32(12), view.getUint8(16)]).toEqual([
      9, 11811, 11811, 1,
    ]);
  });

  it('replaces an existing pHYs instead of adding a second', () => {
    const twice = withDpi(withDpi(png(), 72), 300);
    expect(pngChunks(twice).filter((c) => c.type === 'pHYs')).toHaveLength(1);
    expect(readDpi(twice)).toBe(300);
  });

  it('refuses what is not a PNG', () => {
    expect(() => withDpi(new TextEncoder().encode('data:,'), 300)).toThrow(/not a PNG/);
    expect(() => withDpi(new Uint8Array(0), 300)).toThrow();
  });
});
