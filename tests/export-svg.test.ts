import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT } from '../src/export/export-options';
import { frameFor } from '../src/export/sizing';
import { svgDocument, xml } from '../src/export/svg-document';
import { bandsFixture, pictureFixture, tokensFixture } from './helpers/export-fixtures';

function render(options = {}, fontCss = '') {
  const picture = pictureFixture();
  const frame = frameFor({
    content: picture,
    options: { ...DEFAULT_EXPORT, size: 'screen1', ...options },
    legendItems: [40, 50],
  });
  const svg = svgDocument({
    frame,
    picture,
    bands: bandsFixture(),
    tokens: tokensFixture(),
    legendWidths: [40, 50],
    wrap: (n) => [n.label.slice(0, 6), n.label.slice(6)].filter(Boolean),
    measure: (s) => s.length * 0.6,
    fontCss,
  });
  return { svg, frame };
}

describe('SVG export', () => {
  it('is a standalone SVG of the frame’s size whose text stays text', () => {
    const { svg, frame } = render();
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain(`width="${frame.width}" height="${frame.height}"`);
    expect(svg).toContain('>最具影响力的</tspan>');
    expect(svg).toContain('太谷区2021年发展思路');
    expect(svg).toContain('>目标</text>');
    expect(svg).toContain('来源：刘伟《高举金字招牌》');
    expect(svg).toContain('+3</text>');
    // Supports edges are quiet (no arrow) unless the view shows all of them.
    expect(svg).toMatch(/<path d="M[^"]*Q[^"]*" fill="none" stroke="#3f7f9e"/);
    expect(svg).not.toContain('marker-end="url(#arrow)"');
  });

  it('never turns data into markup', () => {
    const { svg } = render();
    expect(svg).not.toContain('<script');
    expect(svg).toContain('alert(1)&#60;/script&#62;');
    expect(svg).toContain('&#60;农高区&#62; &#38; 7');
    expect(xml(`"'<>&`)).toBe('&#34;&#39;&#60;&#62;&#38;');
  });

  it('leaves out the bands that are not asked for', () => {
    const { svg } = render({ title: false, legend: false, footer: false });
    expect(svg).not.toContain('太谷区2021年发展思路');
    expect(svg).not.toContain('来源');
    expect(svg).not.toContain('>目标</text>');
  });

  it('embeds the font rules it is given, and is transparent without a background', () => {
    const { svg } = render({}, '@font-face{font-family:"Noto Sans SC";src:url(data:font/woff2;base64,AAAA)}');
    expect(svg).toContain('<style>@font-face{font-family:"Noto Sans SC"');
    expect(svg).toContain('font-family="&#34;Noto Sans SC&#34;, sans-serif"');
  });
});
