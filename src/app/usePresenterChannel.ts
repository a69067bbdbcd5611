/**
 * Keeps the audience window and the presenter view (a second window) on the same step,
 * as slide software does: BroadcastChannel messages between windows of the same app.
 * A window that opens asks for the current step ("hello"); the presenting window answers.
 */
import { useEffect } from 'react';
import { useStore } from '../store/store';

type Message =
  { type: 'step'; briefingId: string; step: number; blanked: boolean } | { type: 'hello' } | { type: 'end' };

export const CHANNEL = 'briefline-present';

export function usePresenterChannel(): void {
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(CHANNEL);
    // BroadcastChannel.postMessage takes no target origin: the channel is same-origin by definition.
    // oxlint-disable-next-line unicorn/require-post-message-target-origin
    const post = (m: Message) => ch.postMessage(m);
    let remote = false;
    const send = () => {
      const s = useStore.getState();
      if (s.presentation && s.currentBriefingId)
        post({
          type: 'step',
          briefingId: s.currentBriefingId,
          step: s.presentation.step,
          blanked: s.presentation.blanked,
        });
    };
    const onMessage = (e: MessageEvent<Message>) => {
      const s = useStore.getState();
      const m = e.data;
      if (m.type === 'hello') {
        if (s.presentation) send();
        return;
      }
      if (!s.presentation) return;
      remote = true;
      if (m.type === 'end') {
        if (s.presentation.mode === 'presenter') s.stopPresenting();
      } else if (m.briefingId === s.currentBriefingId) {
        s.goToStep(m.step);
        if (useStore.getState().presentation?.blanked !== m.blanked) useStore.getState().toggleBlank();
      }
      remote = false;
    };
    ch.addEventListener('message', onMessage);
    const unsub = useStore.subscribe((s, prev) => {
      if (remote) return;
      const p = s.presentation;
      const q = prev.presentation;
      if (p && (!q || p.step !== q.step || p.blanked !== q.blanked)) send();
      if (!p && q && q.mode === 'present') post({ type: 'end' });
    });
    if (useStore.getState().presentation?.mode === 'presenter') post({ type: 'hello' });
    const unsubHello = useStore.subscribe((s, prev) => {
      if (s.presentation?.mode === 'presenter' && prev.presentation?.mode !== 'presenter') post({ type: 'hello' });
    });
    return () => {
      unsub();
      unsubHello();
      ch.close();
    };
  }, []);
}
