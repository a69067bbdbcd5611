/** Copies the address of the current view (the hash holds the state) and says so in a notice. */
import { useStore } from '../../store/store';

export const LINK_COPIED = 'Link copied';

function fallbackCopy(text: string): boolean {
  const ta = document.createElement('textarea');
  ta.value = text;
  ta.setAttribute('readonly', '');
  ta.style.position = 'fixed';
  ta.style.opacity = '0';
  document.body.appendChild(ta);
  ta.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  ta.remove();
  return ok;
}

export function CopyLinkButton() {
  const addNotice = useStore((s) => s.addNotice);
  const dismissNotice = useStore((s) => s.dismissNotice);
  const copy = async () => {
    const url = window.location.href;
    let ok = false;
    try {
      if (navigator.clipboard) {
        await navigator.clipboard.writeText(url);
        ok = true;
      }
    } catch {
      ok = false;
    }
    if (!ok) ok = fallbackCopy(url);
    const msg = ok ? LINK_COPIED : `Copy this link: ${url}`;
    addNotice(msg);
    if (ok) window.setTimeout(() => dismissNotice(msg), 4000);
  };
  return (
    <button type="button" onClick={() => void copy()}>
      Copy link
    </button>
  );
}
