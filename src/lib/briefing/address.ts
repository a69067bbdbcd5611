/**
 * The address of one presentation step, in the hash so it never reaches a server:
 *   #<the app's filter keys: hide, q, from, to, ...>&present=<briefing id>&step=<1-based>&b=<briefing>
 * The filters are the app's own hash keys (src/lib/url.ts), so the app's codec applies them;
 * this codec owns only PRESENT_KEYS, which src/lib/url.ts carries over when it rewrites the hash.
 * `presenter=` instead of `present=` opens the presenter view (second window).
 * `b` carries the briefing itself (without talking points, which stay private) so a sent
 * address opens the same step in another browser. Decoding validates every part.
 */
import { briefingSchema, type Briefing } from './model';

export type PresentMode = 'present' | 'presenter';

export interface PresentAddress {
  mode: PresentMode;
  briefingId: string;
  /** 0-based step index. */
  step: number;
  shared: Briefing | null;
}

const toBase64Url = (s: string) => {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  bytes.forEach((b) => (bin += String.fromCharCode(b)));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64Url = (s: string) => {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
};

/** The presentation's own hash parameters, in a fixed order: present|presenter, step, b. */
export function presentParams(a: {
  mode: PresentMode;
  briefing: Briefing;
  step: number;
  includeBriefing?: boolean;
}): string {
  const p = new URLSearchParams();
  p.set(a.mode, a.briefing.id);
  p.set('step', String(a.step + 1));
  if (a.includeBriefing !== false) {
    const shared: Briefing = {
      ...a.briefing,
      steps: a.briefing.steps.map((s) => (s.kind === 'event' ? { ...s, talkingPoints: '' } : s)),
    };
    p.set('b', toBase64Url(JSON.stringify(shared)));
  }
  return p.toString();
}

/** The app's hash ("" or "#hide=..") joined with the presentation parameters. */
export function joinHash(appHash: string, params: string): string {
  const a = appHash.replace(/^#/, '');
  return `#${a ? `${a}&` : ''}${params}`;
}

export type DecodedPresentAddress =
  { ok: true; address: PresentAddress; problems: string[] } | { ok: false; problems: string[] } | null;

/** null when the hash is not a presentation address at all. */
export function decodePresentAddress(hash: string): DecodedPresentAddress {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const mode: PresentMode | null = p.has('present') ? 'present' : p.has('presenter') ? 'presenter' : null;
  if (!mode) return null;
  const problems: string[] = [];
  const briefingId = p.get(mode) ?? '';
  if (!/^[a-z0-9][a-z0-9-]{0,59}$/.test(briefingId))
    return { ok: false, problems: [`The presentation address names no valid briefing ("${briefingId}").`] };
  const stepRaw = p.get('step') ?? '1';
  let step = 0;
  if (/^[1-9]\d{0,4}$/.test(stepRaw)) step = Number(stepRaw) - 1;
  else problems.push(`The presentation address has an invalid step "${stepRaw}"; starting at step 1.`);
  let shared: Briefing | null = null;
  const b = p.get('b');
  if (b) {
    try {
      const r = briefingSchema.safeParse(JSON.parse(fromBase64Url(b)));
      if (r.success && r.data.id === briefingId) shared = r.data;
      else problems.push('The briefing carried in the address is not valid and was ignored.');
    } catch {
      problems.push('The briefing carried in the address could not be read and was ignored.');
    }
  }
  return { ok: true, address: { mode, briefingId, step, shared }, problems };
}

/** Clamp a step index into a briefing of n steps. */
export function clampStep(step: number, n: number): number {
  return n === 0 ? 0 : Math.max(0, Math.min(n - 1, step));
}
