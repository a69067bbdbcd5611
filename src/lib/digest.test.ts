import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './digest';

// The app hashes with Web Crypto (this module); the CLI with node:crypto (scripts/extract/load.ts): they must agree.
describe('sha256Hex', () => {
  it('matches the published test vectors', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with node:crypto on multi-byte text and on lengths around the 64-byte block', async () => {
    const samples = [
      'India–Israel “defence” ties é 🚀',
      'x'.repeat(55),
      'x'.repeat(56),
      'y'.repeat(64),
      'z'.repeat(1000),
    ];
    for (const s of samples) {
      expect(await sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
      expect(await sha256Hex(new TextEncoder().encode(s))).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
    }
  });
});
