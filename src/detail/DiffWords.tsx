// A changed word of a diff, with the words a screen reader says around it ("[removed: 46]"):
// most do not announce <del> and <ins>, and struck text alone is silent. The message's own words
// are hidden from sight, the changed word is shown; their order is the language's.
import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/catalogue';
import { useTranslator } from '../i18n/I18nProvider';

export function DiffWords({ id, children }: { id: MessageKey; children: ReactNode }) {
  const { parts } = useTranslator();
  return (
    <>
      {/* The words as an element, so the message comes back in pieces around them. */}
      {parts<ReactNode>(id, { words: <span key="words">{children}</span> }).map((part, i) =>
        typeof part === 'string' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: a message's pieces, in order
          <span key={i} className="visually-hidden">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}
