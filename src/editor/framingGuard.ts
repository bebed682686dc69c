// Parts that change data (drafts, deleting them) refuse to run inside another site's frame: a
// page that frames Sourceline could otherwise trick a person into clicking through them
// (clickjacking). Framed by the app's own origin (its tests, its own pages) is fine.

export function inForeignFrame(): boolean {
  if (window.top === window.self) return false;
  try {
    return window.top?.location.origin !== window.location.origin;
  } catch {
    // Reading another origin's location throws: that is a foreign frame.
    return true;
  }
}

export const FOREIGN_FRAME_WORDS =
  'Editing is turned off inside another site’s page: open Sourceline in its own tab to make or change timelines.';
