/**
 * A textarea that grows with its text (talking points, card text) instead of clipping it: CSS
 * `field-sizing: content` where the browser has it, else its height is set from its scrollHeight.
 */
import { useLayoutEffect, useRef, type TextareaHTMLAttributes } from 'react';

const native =
  typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('field-sizing', 'content');

export function AutoTextarea(props: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (native || !el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`;
  });
  return <textarea ref={ref} rows={3} {...props} className={`auto-textarea ${props.className ?? ''}`.trim()} />;
}
