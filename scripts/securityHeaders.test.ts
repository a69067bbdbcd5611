// @vitest-environment jsdom
/**
 * index.html's meta policy and the served headers say the same (the header adds frame-ancestors,
 * which a meta tag cannot carry); the build leaves what an interrupted extract left out of dist/.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from 'vite';
import config, { pruneDataLeftovers } from '../vite.config.ts';
import { headerCsp, META_CSP, scriptHash, securityHeaders } from './securityHeaders.ts';

describe('security headers', () => {
  it("index.html's meta tag is the policy, and the header is it plus frame-ancestors 'none'", () => {
    const doc = new DOMParser().parseFromString(readFileSync('index.html', 'utf8'), 'text/html');
    const metas = doc.querySelectorAll('meta[http-equiv="Content-Security-Policy"]');
    expect(metas).toHaveLength(1);
    expect(metas[0]!.getAttribute('content')).toBe(META_CSP);
    expect(META_CSP).not.toContain('frame-ancestors'); // ignored in a meta tag, with a console warning
    expect(headerCsp()).toBe(`${META_CSP}; frame-ancestors 'none'`);
  });

  it('preview sends the policy, nosniff and no-referrer; the dev server also allows its preamble by hash', () => {
    const cfg = config as { preview: { headers: Record<string, string> }; server: { headers: Record<string, string> } };
    expect(cfg.preview.headers).toEqual({
      'Content-Security-Policy': headerCsp(),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    expect(cfg.server.headers['Content-Security-Policy']).toMatch(
      /^default-src 'self'; script-src 'self' 'sha256-[A-Za-z0-9+/]{43}='; /,
    );
    expect(securityHeaders(['x'])['Content-Security-Policy']).toContain(`script-src 'self' ${scriptHash('x')};`);
    // the hash of the empty string, as browsers compute it
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});

describe('the build', () => {
  it('drops what an interrupted extract left in the data folder from dist/, and nothing else', () => {
    const dist = mkdtempSync(join(tmpdir(), 'briefline-dist-'));
    try {
      const data = join(dist, 'data');
      mkdirSync(join(data, 'sources'), { recursive: true });
      mkdirSync(join(data, '.extract-tmp-1-2', 'sources'), { recursive: true });
      const text = 'data/sources/a-2020-01-01.0123456789abcdef.txt';
      writeFileSync(join(data, 'events.json'), JSON.stringify({ sources: [{ text }] }));
      writeFileSync(join(dist, text), 'kept');
      writeFileSync(join(data, 'sources', 'a-2020-01-01.fedcba9876543210.txt'), 'older generation');
      writeFileSync(join(data, 'sources', '.extract-7-a-2020-01-01.0123456789abcdef.txt'), 'half');
      writeFileSync(join(data, '.extract-7-events.json'), '{');
      writeFileSync(join(data, 'README'), "not the pipeline's");
      const plugin = pruneDataLeftovers() as unknown as {
        configResolved: (c: unknown) => void;
        closeBundle: () => void;
      };
      plugin.configResolved({ root: dist, build: { outDir: '.' } } as Partial<ResolvedConfig>);
      plugin.closeBundle();
      expect(readdirSync(data).toSorted()).toEqual(['README', 'events.json', 'sources']);
      expect(readdirSync(join(data, 'sources'))).toEqual(['a-2020-01-01.0123456789abcdef.txt']);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
