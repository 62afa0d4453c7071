import { describe, expect, it } from 'vitest';
import { parsePosterArgs, posterQuery } from '../src/export/command-args';

describe('poster command arguments', () => {
  it('reads the documented options', () => {
    const a = parsePosterArgs([
      '--out',
      'poster.png',
      '--graph',
      'taigu-2021',
      '--scope',
      'branch',
      '--focus',
      'goal-a',
      '--expand',
      'goal-a,goal-b',
      '--width',
      '4961',
      '--lang',
      'en',
      '--bg',
      'dark',
      '--no-footer',
    ]);
    expect(a).toMatchObject({
      out: 'poster.png',
      graph: 'taigu-2021',
      scope: 'branch',
      focus: 'goal-a',
      expand: ['goal-a', 'goal-b'],
      width: 4961,
      size: 'custom',
      lang: 'en',
      bg: 'dark',
      footer: false,
      title: true,
      format: 'png',
    });
    expect(posterQuery(a)).toBe('?g=taigu-2021&s=goal-a&lang=en&x=goal-a.goal-b');
    expect(posterQuery(parsePosterArgs(['--out', 'a.svg', '--expand', 'all']))).toBe('?x=*');
    const all = parsePosterArgs(['--out', 'a.svg', '--expand', 'all', '--all-supports']);
    expect(all.allSupports).toBe(true);
    expect(posterQuery(all)).toBe('?sup=all&x=*');
    expect(a.allSupports).toBe(false);
    expect(parsePosterArgs(['--out=a.svg', '--size', 'a3']).format).toBe('svg');
    // Hierarchical by default, as the app opens; A2, A1 and A0 posters.
    expect(a.layout).toBe('radial');
    expect(parsePosterArgs(['--out', 'a.png', '--layout', 'tree', '--size', 'a1'])).toMatchObject({
      layout: 'tree',
      size: 'a1',
    });
    expect(parsePosterArgs(['--out', 'a.png', '--size', 'a0', '--orientation', 'portrait'])).toMatchObject({
      size: 'a0',
      orientation: 'portrait',
    });
    expect(parsePosterArgs(['--out', 'a.png', '--layout=network', '--size=a2'])).toMatchObject({
      layout: 'network',
      size: 'a2',
    });
    expect(parsePosterArgs(['--out', 'a.png', '--link-base', 'https://example.org/t/']).linkBase).toBe(
      'https://example.org/t/',
    );
  });

  it('refuses what it cannot do, saying why', () => {
    const bad: [string[], RegExp][] = [
      [[], /--out is required/],
      [['--out', 'a.jpg'], /\.png or \.svg/],
      [['--out', 'a.png', '--width', '0'], /--width/],
      [['--out', 'a.png', '--width', '4k'], /--width/],
      [['--out', 'a.png', '--width', '200000'], /--width/],
      [['--out', 'a.png', '--scope', 'page'], /--scope must be one of/],
      [['--out', 'a.png', '--layout', 'circle'], /--layout must be one of radial, tree, network/],
      [['--out', 'a.png', '--size', 'b1'], /--size must be one of/],
      [['--out', 'a.png', '--scope', 'branch'], /needs --focus/],
      [['--out', 'a.png', '--expand', 'A B'], /not a node id/],
      [['--out', 'a.png', '--bg', 'pink'], /--bg/],
      [['--out', 'a.png', '--colour', 'x'], /unknown option --colour/],
      [['--out', 'a.png', '--size', 'a3', '--width', '10'], /not both/],
      [['--out'], /needs a value/],
      [['--out', 'a.png', '--link-base', 'javascript:alert(1)'], /--link-base/],
    ];
    for (const [argv, message] of bad) expect(() => parsePosterArgs(argv), argv.join(' ')).toThrow(message);
  });
});
