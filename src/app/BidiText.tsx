import { bidiParts } from '../model/bidi';

/**
 * A plain-text message with its isolated strings (file names, titles from a dataset) rendered in
 * <bdi>, so their direction never reorders the app's own words around them.
 */
export function BidiText({ text }: { text: string }) {
  const parts = bidiParts(text);
  return (
    <>
      {parts.map((part, i) =>
        part.isolated ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one message, in order
          <bdi key={i}>{part.text}</bdi>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
