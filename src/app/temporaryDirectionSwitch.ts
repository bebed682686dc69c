// TEMPORARY (issue 20): `?dir=rtl` lays the page out right to left, so the mirrored layout can be
// used and tested before the interface's locale sets `<html lang dir>` itself. The one place that
// reads it (called first thing by main.tsx); to be removed when the locale does
// (src/app/documentLocale.ts follows `<html dir>` whoever sets it). It takes the parameter out of
// the address, so the link codec never meets it (and never reports it as unknown).
export function applyTemporaryDirectionSwitch(): void {
  const url = new URL(window.location.href);
  const dir = url.searchParams.get('dir');
  if (dir === null) return;
  if (dir === 'rtl' || dir === 'ltr') document.documentElement.dir = dir;
  url.searchParams.delete('dir');
  window.history.replaceState(window.history.state, '', url);
}
