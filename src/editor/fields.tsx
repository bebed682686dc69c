// The editor's text fields: each shows the store's value and hands what is typed to the store's
// queue of waiting edits (src/state/pendingEdits.ts), which makes it an edit after a pause or at
// most every half second of steady typing; a value the format would refuse stays in the field
// with its problem beside it and is not applied.
import {
  memo,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { Command } from '../dataset/commands';
import { parseEdtf } from '../dataset/edtf';
import type { ActorKind, Dataset } from '../dataset/schema';
import { hasVisibleCharacter } from '../dataset/visible';
import { slugify } from '../formats/slug';
import { activeTranslator } from '../i18n/active';
import type { MessageKey } from '../i18n/catalogue';
import { problemWords } from '../i18n/problemWords';
import { useStore } from '../state/store';

/**
 * The draft as it is now in the store (an edit made since this render included), else the one
 * the form was drawn with: commands are built against the latest, so their `before` is right.
 */
export function latestDataset(drawn: Dataset): Dataset {
  return useStore.getState().loaded?.dataset ?? drawn;
}

export type Check = (value: string) => string | null;

const t = (key: MessageKey, values?: Record<string, string | number>) =>
  activeTranslator().t(key, values);

export const needsText: Check = (value) =>
  hasVisibleCharacter(value) ? null : t('editor.checkEmpty');
export const checkDate: Check = (value) => {
  if (!value.trim()) return t('editor.checkDateMissing');
  const parsed = parseEdtf(value.trim());
  if (parsed.ok) return null;
  // Why, in the interface's language where its kind has words (its English otherwise).
  const error = problemWords(parsed, activeTranslator()) ?? parsed.error;
  return t('editor.checkDateInvalid', { error });
};
export const checkKind: Check = (value) => (slugify(value) ? null : t('editor.checkKind'));

/** The words of the "New timeline" form's problems, by the field each is about. */
const FIELD_PROBLEMS: Readonly<Record<string, MessageKey>> = {
  title: 'editor.needTimelineTitle',
  sources: 'editor.needArticle',
  text: 'editor.needText',
  'title.source': 'editor.needSourceTitle',
  publisher: 'editor.needPublisher',
  author: 'editor.needAuthor',
  published: 'editor.needPublished',
  url: 'editor.needAddress',
  lang: 'editor.needLanguage',
};

/** A form field's problem in the interface's language (`sources[0].author` → its words). */
export function fieldProblemWords(problem: { field: string; message: string }): string {
  const name = problem.field.replace(/^sources\[\d+\]\.(.+)$/, (_, field) =>
    field === 'title' ? 'title.source' : field,
  );
  const key = FIELD_PROBLEMS[name];
  return key ? t(key) : problem.message;
}

const ACTOR_KINDS: Readonly<Record<ActorKind, MessageKey>> = {
  state: 'actorKind.state',
  'government-body': 'actorKind.governmentBody',
  'armed-group': 'actorKind.armedGroup',
  person: 'actorKind.person',
  organization: 'actorKind.organization',
  media: 'actorKind.media',
  community: 'actorKind.community',
  other: 'actorKind.other',
};

/** An actor's kind in the interface's language. */
export function actorKindName(translate: typeof t, kind: ActorKind): string {
  return translate(ACTOR_KINDS[kind]);
}

/** A check of what is typed that says its problem in the interface's language. */
export const translatedCheck =
  (check: (value: string) => string | null, key: MessageKey): Check =>
  (value) =>
    check(value) === null ? null : t(key);

/** The value a field's text stands for (most fields keep what is typed, trimmed). */
export type Normalize = (text: string) => string;
const trimmed: Normalize = (text) => text.trim();

/**
 * The edit a field's value makes, built against the dataset as it is when it is applied (null:
 * nothing to change).
 */
export type FieldEdit = (value: string, dataset: Dataset) => Command | null;

/**
 * A text field whose value is the store's: typed text waits in the store's queue and becomes an
 * edit of `normalize(text)`. A change from outside (undo, another version) shows at once; the
 * field's own edit leaves the text as typed (a trailing space stays while the person types on).
 */
export function useField(
  value: string,
  edit: FieldEdit,
  check: Check | null,
  normalize: Normalize = trimmed,
): FieldBinding {
  const key = useId();
  const [text, setText] = useState(value);
  const typed = useRef(text);
  const editRef = useRef(edit);
  editRef.current = edit;
  const checkRef = useRef(check);
  checkRef.current = check;
  const normalizeRef = useRef(normalize);
  normalizeRef.current = normalize;
  useEffect(() => {
    if (value !== normalizeRef.current(typed.current)) {
      typed.current = value;
      setText(value);
    }
  }, [value]);
  // The same handlers on every render, and the same binding while its text and problem stay:
  // a key typed into one field draws that field again, not its neighbours (a memo'd
  // `BoundField` skips them), which a 100k-event draft's form pays for on every key.
  const onChange = useCallback(
    (next: string) => {
      typed.current = next;
      setText(next);
      // Built when applied, from this text: unmounting the field (another event chosen) does
      // not lose it.
      const check = checkRef.current;
      const normalize = normalizeRef.current;
      useStore
        .getState()
        .holdEdit(key, (dataset) =>
          (check?.(next) ?? null) === null ? editRef.current(normalize(next), dataset) : null,
        );
    },
    [key],
  );
  const problem = check?.(text) ?? null;
  return useMemo(
    () => ({
      text,
      problem,
      onChange,
      // Leaving the field applies its text and ends the undo step (the store flushes first).
      onBlur: markHistory,
    }),
    [text, problem, onChange],
  );
}

const markHistory = () => useStore.getState().markHistory();

export function FieldRow({
  label,
  hint,
  problem,
  children,
}: {
  label: string;
  hint?: ReactNode;
  problem: string | null;
  children: (props: { id: string; describedBy: string | undefined }) => ReactNode;
}) {
  const id = useId();
  const noteId = `${id}-note`;
  const note = problem ?? hint;
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy: note ? noteId : undefined })}
      {note && (
        <p id={noteId} className={problem ? 'field-problem' : 'field-hint'}>
          {note}
        </p>
      )}
    </div>
  );
}

/** A field's text and what becomes of it, wherever it is kept (the store, or a form's state). */
export interface FieldBinding {
  text: string;
  problem: string | null;
  onChange: (text: string) => void;
  onBlur?: () => void;
}

export interface FieldLook {
  label: string;
  hint?: ReactNode;
  multiline?: boolean;
  list?: string;
  type?: 'text' | 'url' | 'date';
}

/**
 * One labelled field, its problem (or hint) beside it, bound to wherever its text is kept. Drawn
 * again only when its props change (see `useField`).
 */
export const BoundField = memo(function BoundField({
  field,
  label,
  hint,
  multiline = false,
  list,
  type = 'text',
}: FieldLook & { field: FieldBinding }) {
  return (
    <FieldRow label={label} hint={hint} problem={field.problem}>
      {({ id, describedBy }) =>
        multiline ? (
          <textarea
            id={id}
            rows={3}
            // The data's own words: their direction is their own, whatever the interface's.
            dir="auto"
            value={field.text}
            aria-invalid={field.problem ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => field.onChange(event.target.value)}
            onBlur={field.onBlur}
          />
        ) : (
          <input
            id={id}
            type={type}
            dir="auto"
            value={field.text}
            list={list}
            aria-invalid={field.problem ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => field.onChange(event.target.value)}
            onBlur={field.onBlur}
          />
        )
      }
    </FieldRow>
  );
});

/** A field whose value is the draft's, edited through the store's queue (see `useField`). */
export function TextField({
  value,
  edit,
  normalize,
  check = null,
  ...look
}: FieldLook & {
  value: string;
  edit: FieldEdit;
  normalize?: Normalize;
  check?: Check | null;
}) {
  const field = useField(value, edit, check, normalize);
  return <BoundField field={field} {...look} />;
}
