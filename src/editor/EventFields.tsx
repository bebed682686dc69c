// The fields of an event, the same for an event being made from selected words and for one that
// exists: each form says only where a field's text is kept (the form's own state until "Save
// event", or the draft itself, through the store's queue of waiting edits).
import { type FormEvent, Fragment, memo, type ReactNode, useMemo } from 'react';
import type { EventValues } from '../authoring/eventValues';
import { parseEdtf } from '../dataset/edtf';
import { formatEventDate } from '../dataset/formatDate';
import type { Dataset } from '../dataset/schema';
import type { MessageKey } from '../i18n/catalogue';
import { useTranslator } from '../i18n/I18nProvider';
import { useStore } from '../state/store';
import { BoundField, type FieldBinding, type FieldLook } from './fields';

/** The event's text fields (its actors and passages have editors of their own). */
export type EventTextKey = Exclude<keyof EventValues, 'actors'>;

type Look = Omit<FieldLook, 'label' | 'hint'> & { label: MessageKey; hint?: MessageKey };

const LOOKS: ReadonlyArray<[EventTextKey, Look]> = [
  ['title', { label: 'editor.fieldTitle' }],
  ['summary', { label: 'editor.fieldSummary', multiline: true }],
  ['kind', { label: 'editor.fieldKind', list: 'sourceline-kinds', hint: 'editor.fieldKindHint' }],
  ['date', { label: 'editor.fieldDate' }],
  ['expression', { label: 'editor.fieldDateWords', hint: 'editor.fieldDateWordsHint' }],
  ['note', { label: 'editor.fieldNote', multiline: true }],
];

export function EventFields({
  dataset,
  fields,
  dateHint,
}: {
  dataset: Dataset;
  fields: Readonly<Record<EventTextKey, FieldBinding>>;
  /** Said beside the date after how it reads (say, its other readings). */
  dateHint?: ReactNode;
}) {
  const { t } = useTranslator();
  // Made again only when the date's text (or its other hint) changes: a key typed into another
  // field leaves the date's field as drawn.
  const dateText = fields.date.text;
  const dateHints = useMemo(
    () => (
      <>
        <DateWords value={dateText} />
        {dateHint}
      </>
    ),
    [dateText, dateHint],
  );
  return (
    // A form of their own: what the browser does on every key typed into a field (its autofill
    // reads the field's form) then covers these six fields, not every field on the page (the
    // actor list's hundreds of options among them). Enter submits nothing: four fields of one
    // line block a form's implicit submission, and a submit is stopped all the same.
    <form className="event-fields" onSubmit={preventSubmit}>
      {LOOKS.map(([key, look]) => (
        <Fragment key={key}>
          <BoundField
            field={fields[key]}
            {...look}
            label={t(look.label)}
            hint={key === 'date' ? dateHints : look.hint && t(look.hint)}
          />
          {key === 'kind' && <KindList dataset={dataset} />}
        </Fragment>
      ))}
    </form>
  );
}

const preventSubmit = (event: FormEvent) => event.preventDefault();

function DateWords({ value }: { value: string }) {
  const { t, dates } = useTranslator();
  const parsed = parseEdtf(value.trim());
  return parsed.ok ? t('editor.dateReads', { date: formatEventDate(parsed.date, dates) }) : null;
}

const KindList = memo(function KindList({ dataset }: { dataset: Dataset }) {
  // The derivation's kinds when it is this dataset's (kept across an edit of an event's words, so
  // a key typed into a 100k-event draft does not gather every event's kind again).
  const derived = useStore((state) =>
    state.loaded?.dataset === dataset ? state.loaded.kinds : null,
  );
  const events = derived ? null : dataset.events;
  const kinds = useMemo(
    () =>
      [
        ...new Set([
          'statement',
          'attack',
          'diplomacy',
          'military',
          'political',
          ...(derived ?? (events ?? []).map((e) => e.kind)),
        ]),
      ].sort(),
    [derived, events],
  );
  return (
    <datalist id="sourceline-kinds">
      {kinds.map((kind) => (
        <option key={kind} value={kind} />
      ))}
    </datalist>
  );
});
