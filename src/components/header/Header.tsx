/** Top bar: title, view switch (Timeline/List), colour-scheme toggle, copy link; hosts the briefing and exchange menus. (Stub: filled in by its owner; see the file ownership list in the issue notes.) */
export function Header() {
  return null;
}
