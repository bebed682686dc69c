import { Fragment, type ReactNode } from 'react';
import type { MessageKey } from './catalogue';
import { useTranslator } from './I18nProvider';

/** A message whose placeholders are elements ("{publisher}, by {author}"), rendered in order. */
export function Message({
  id,
  values,
}: {
  id: MessageKey;
  values: Readonly<Record<string, string | number | ReactNode>>;
}) {
  const { parts } = useTranslator();
  return (
    <>
      {parts<ReactNode>(id, values).map((part, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a message's pieces have no identity but order
        <Fragment key={i}>{part}</Fragment>
      ))}
    </>
  );
}
