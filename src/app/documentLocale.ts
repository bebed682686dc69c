// The page's language and direction as `<html lang dir>` say, for the views that follow them (the
// timeline's direction, the second calendar's words). Whatever sets those attributes (the locale
// chosen for the interface) is followed as it changes, with no other wiring.
import { useSyncExternalStore } from 'react';
import type { TextDirection } from '../model/locale';

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['dir', 'lang'],
  });
  return () => observer.disconnect();
}

/** `rtl` when the page is laid out right to left (`<html dir="rtl">`), else `ltr`. */
export function documentDirection(): TextDirection {
  return document.documentElement.dir.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
}

/** The page's language (`<html lang>`), `en` when none is set. */
export function documentLanguage(): string {
  return document.documentElement.lang || 'en';
}

export function useDocumentDirection(): TextDirection {
  return useSyncExternalStore(subscribe, documentDirection, () => 'ltr');
}

export function useDocumentLanguage(): string {
  return useSyncExternalStore(subscribe, documentLanguage, () => 'en');
}
