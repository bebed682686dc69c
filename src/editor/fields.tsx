// The editor's text fields: each shows the store's value, holds what is typed, and applies it a
// moment after typing pauses (or when the field is left); a value the format would refuse stays in
// the field with its problem beside it and is not applied.
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { parseEdtf } from '../dataset/edtf';
import type { Dataset } from '../dataset/schema';
import { hasVisibleCharacter } from '../dataset/visible';
import { slugify } from '../formats/slug';
import { useStore } from '../state/store';
import { holdEdit } from './pending';

/** A field's edit is applied this long after typing pauses. */
export const COMMIT_PAUSE_MS = 200;

/**
 * The draft as it is now in the store (an edit made since this render included), else the one
 * the form was drawn with: commands are built against the latest, so their `before` is right.
 */
export function latestDataset(drawn: Dataset): Dataset {
  return useStore.getState().loaded?.dataset ?? drawn;
}

export type Check = (value: string) => string | null;

export const needsText: Check = (value) =>
  hasVisibleCharacter(value) ? null : 'This cannot be empty.';
export const checkDate: Check = (value) => {
  if (!value.trim())
    return 'Give the date (EDTF), e.g. 2021-10-08, 2021-08~ or 2021-10-09/2021-10-10.';
  const parsed = parseEdtf(value.trim());
  return parsed.ok ? null : `Not an EDTF date the format accepts: ${parsed.error}.`;
};
export const checkKind: Check = (value) =>
  slugify(value) ? null : 'Give a kind, e.g. statement, attack, diplomacy.';

/**
 * A text field whose value is the store's: typed text is held here and applied after a pause (or
 * when the field is left); an outside change (undo) shows at once unless the person is typing.
 */
export function useField(value: string, commit: (next: string) => void, check: Check | null) {
  const [text, setText] = useState(value);
  const [typing, setTyping] = useState(false);
  const release = useRef<(() => void) | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const commitRef = useRef(commit);
  commitRef.current = commit;
  useEffect(() => {
    if (!typing) setText(value);
  }, [value, typing]);
  const apply = (next: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    release.current?.();
    release.current = null;
    setTyping(false);
    if ((check?.(next) ?? null) === null && next !== value) commitRef.current(next);
  };
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      release.current?.();
    },
    [],
  );
  return {
    text,
    problem: check?.(text) ?? null,
    onChange: (next: string) => {
      setText(next);
      setTyping(true);
      if (timer.current) clearTimeout(timer.current);
      release.current?.();
      release.current = holdEdit(() => apply(next));
      timer.current = setTimeout(() => apply(next), COMMIT_PAUSE_MS);
    },
    onBlur: () => {
      if (release.current) apply(text);
      useStore.getState().markHistory();
    },
  };
}

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

export function TextField({
  label,
  value,
  onCommit,
  check = null,
  hint,
  multiline = false,
  list,
  type = 'text',
}: {
  label: string;
  value: string;
  onCommit: (next: string) => void;
  check?: Check | null;
  hint?: ReactNode;
  multiline?: boolean;
  list?: string;
  type?: 'text' | 'url' | 'date';
}) {
  const field = useField(value, onCommit, check);
  return (
    <FieldRow label={label} hint={hint} problem={field.problem}>
      {({ id, describedBy }) =>
        multiline ? (
          <textarea
            id={id}
            rows={3}
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
}
