import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP } from '../scripts/lib/vite-csp';

const locations = readFileSync('deploy/nginx/taigu.conf', 'utf8');
const headers = readFileSync('deploy/nginx/taigu-headers.conf', 'utf8');

describe('the nginx configuration of docs/deploy.md', () => {
  it("sends the build's own CSP, plus frame-ancestors, which only a header can carry", () => {
    const policy = /add_header Content-Security-Policy "([^"]+)" always;/.exec(headers)?.[1];
    expect(policy).toBe(`${CSP}; frame-ancestors $taigu_frame_ancestors`);
  });

  it('lets any site frame an embed link and nobody else frame the full app', () => {
    const test = /if \(\$args ~ "([^"]+)"\)/.exec(locations)![1]!;
    const embed = new RegExp(test);
    for (const q of ['embed', 'embed=1', 's=a&embed', 'embed&ratio=4:3', 'x=a.b&embed&lang=en'])
      expect(embed.test(q), q).toBe(true);
    for (const q of ['', 's=embed-x', 'embedded=1', 'x=embed.b', 'noembed'])
      expect(embed.test(q), q).toBe(false);
    expect(locations).toContain(`set $taigu_frame_ancestors "'self'";`);
    expect(locations).toContain('set $taigu_frame_ancestors "*";');
    expect(locations + headers).not.toMatch(/X-Frame-Options/i);
  });

  it('repeats the headers in every location that adds its own (nginx drops the outer ones there)', () => {
    const blocks = locations.split(/\n\s*location /).slice(1);
    for (const block of blocks.filter((b) => b.includes('add_header')))
      expect(block, block.split('\n')[0]).toContain('include snippets/taigu-headers.conf;');
  });

  it('keeps hashed assets a year and everything else revalidated', () => {
    expect(locations).toMatch(/location \/taigu\/assets\/ \{[^}]*max-age=31536000, immutable/);
    expect(locations).toMatch(/location \/taigu\/ \{[^]*?add_header Cache-Control "no-cache" always;/);
    expect(locations).toMatch(/gzip_types[^;]*application\/javascript[^;]*application\/json/);
  });
});
