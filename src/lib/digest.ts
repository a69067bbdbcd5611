/**
 * SHA-256 as lower-case hex with the platform's Web Crypto (browsers and Node alike), or null where
 * it is missing (plain-http pages, some test environments). Used to check article texts against
 * the event list's sha256 and to fingerprint an imported file.
 */
export async function sha256Hex(data: BufferSource | string): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
