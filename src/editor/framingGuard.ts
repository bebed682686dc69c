// Parts that change data (drafts, deleting them) refuse to run inside another site's frame: a
// page that frames Sourceline could otherwise trick a person into clicking through them
// (clickjacking). Framed by the app's own origin (its tests, its own pages) is fine.
import { activeTranslator } from '../i18n/active';

export function inForeignFrame(): boolean {
  if (window.top === window.self) return false;
  try {
    return window.top?.location.origin !== window.location.origin;
  } catch {
    // Reading another origin's location throws: that is a foreign frame.
    return true;
  }
}

/** Why editing is off here, in the interface's language. */
export const foreignFrameWords = (): string => activeTranslator().t('editor.foreignFrame');
