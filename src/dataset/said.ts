// Words the pure code says to a person (a repaired link, a view put right): the kind of message
// by a code and its values, for the view to say in the interface's language, and its English,
// for the tests, the command-line tools and anything that shows text as it is.

/**
 * Values; a list (of choices) is put in words by the view, in its language's way, and words with
 * a code of their own (an example of a problem) in its words.
 */
export type SaidValues = Readonly<Record<string, string | number | readonly string[] | Said>>;

export interface Said {
  readonly code: string;
  readonly values: SaidValues;
  readonly text: string;
}

/** A notice: plain English words, or words with a code. */
export type NoticeText = string | Said;

export function said(code: string, values: SaidValues, text: string): Said {
  return { code, values, text };
}

/** A notice's English words. */
export function textOf(notice: NoticeText): string {
  return typeof notice === 'string' ? notice : notice.text;
}
