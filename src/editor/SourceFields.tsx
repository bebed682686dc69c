// The fields of one article in the "New timeline" and "Add another article" forms: its text
// (pasted, or read from a .txt, .md or .html file: HTML becomes plain paragraphs through a real
// parser, never rendered), title, publisher, author, publication day and address.
import { memo, useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { FieldProblem, NewSourceInput } from '../authoring/newTimeline';
import { htmlToText } from '../formats/readers/htmlToText';
import { useTranslator } from '../i18n/I18nProvider';
import { Message } from '../i18n/Message';
import { datesProposedIn } from '../model/locale';
import { fieldProblemWords } from './fields';

export const EMPTY_SOURCE: NewSourceInput = {
  text: '',
  title: '',
  publisher: '',
  author: '',
  published: '',
  url: '',
  lang: 'en',
};

/** Languages offered as the article's (any BCP 47 tag may be typed), named by Intl. */
const LANGUAGES: readonly string[] = ['en', 'fa', 'fa-AF', 'ps', 'ar', 'fr', 'es', 'de'];

/** A language's name in the interface's language ("Dari", "dari", "دری"), else its tag. */
function languageName(tag: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** An article file's text: .html through the HTML parser, anything else as it is. */
export async function readArticleFile(file: File): Promise<string> {
  const text = await file.text();
  return /\.html?$/i.test(file.name) || file.type === 'text/html' ? htmlToText(text) : text;
}

function Field({
  label,
  value,
  onChange,
  problem,
  type = 'text',
  required = false,
  hint,
  list,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem?: string;
  type?: 'text' | 'url' | 'date';
  required?: boolean;
  hint?: string;
  /** The id of a <datalist> of values to offer. */
  list?: string;
}) {
  const id = useId();
  return (
    <div className="form-field">
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      <input
        id={id}
        type={type}
        dir="auto"
        value={value}
        required={required}
        list={list}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem || hint ? `${id}-note` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {(problem || hint) && (
        <p id={`${id}-note`} className={problem ? 'field-problem' : 'field-hint'}>
          {problem ?? hint}
        </p>
      )}
    </div>
  );
}

const PAINT_CONTAINED = { contain: 'paint' } as const;

/**
 * The article's text and its file choice. Memoised, with stable callbacks: a key in another field
 * of the form does not render it again (React would read the textarea's value back from the page
 * and compare it, megabytes of text, at every key). Its paint containment does the rest.
 */
/**
 * From this many characters the article shows as a summary, its text kept but not drawn, until
 * asked for: a pasted book would otherwise cost the browser a repaint of its lines at every key
 * typed elsewhere in the form (about 200,000 characters is a very long article).
 */
export const SUMMARISED_CHARS = 200_000;

const ArticleField = memo(function ArticleField({
  text,
  problem,
  onText,
  onFile,
}: {
  text: string;
  problem: string | undefined;
  onText: (text: string) => void;
  onFile: (file: File) => void;
}) {
  const { t } = useTranslator();
  const textId = useId();
  const [shown, setShown] = useState(false);
  const summarised = text.length > SUMMARISED_CHARS && !shown;
  const showButton = useRef<HTMLButtonElement>(null);
  // The text pasted into the box that now gives way to its summary: the focus stays in the field.
  useEffect(() => {
    if (summarised && (document.activeElement === document.body || !document.activeElement)) {
      showButton.current?.focus();
    }
  }, [summarised]);
  return (
    <div className="form-field">
      {summarised ? (
        <>
          <span className="field-label" id={`${textId}-label`}>
            {t('editor.articleText')}
            <span aria-hidden="true"> *</span>
          </span>
          <p className="article-summary" id={`${textId}-summary`}>
            <Message
              id="editor.articleSummary"
              values={{
                count: text.length,
                millions: Math.round(text.length / 100_000) / 10,
                start: <bdi>{text.slice(0, 200).replace(/\s+/g, ' ').trim()}</bdi>,
              }}
            />
          </p>
          <button
            ref={showButton}
            type="button"
            aria-describedby={`${textId}-summary`}
            onClick={() => setShown(true)}
          >
            {t('editor.showArticleText')}
          </button>
        </>
      ) : (
        <>
          <label htmlFor={textId}>
            {t('editor.articleText')}
            <span aria-hidden="true"> *</span>
          </label>
          <textarea
            id={textId}
            rows={8}
            // Paint containment makes the box a stacking context of its own, whose painting the
            // browser keeps from frame to frame: without it, Chromium paints the article's lines
            // anew (and walks them to hit-test) at every key typed in another field of the form.
            style={PAINT_CONTAINED}
            // Typed or pasted in any language: laid out in the direction of its first words.
            dir="auto"
            value={text}
            required
            aria-invalid={problem ? true : undefined}
            aria-describedby={`${textId}-note`}
            onChange={(event) => onText(event.target.value)}
          />
        </>
      )}
      <p id={`${textId}-note`} className={problem ? 'field-problem' : 'field-hint'}>
        {problem ?? t('editor.articleTextHint')}
      </p>
      <label className="file-choice">
        {t('editor.openArticleFile')}
        <input
          type="file"
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onFile(file);
          }}
        />
      </label>
    </div>
  );
});

/**
 * One article's fields. Memoised: with a stable `onChange` (the form's callback for this article),
 * keys in the form's other fields do not render it again.
 */
export const SourceFields = memo(function SourceFields({
  value,
  onChange,
  problems,
  prefix,
}: {
  value: NewSourceInput;
  onChange: (value: NewSourceInput) => void;
  /** Problems of the whole form; those under `prefix` are this article's. */
  problems: readonly FieldProblem[];
  /** `sources[0]`… */
  prefix: string;
}) {
  const { t, tag } = useTranslator();
  const problem = (name: string) => {
    const found = problems.find((candidate) => candidate.field === `${prefix}.${name}`);
    return found && fieldProblemWords(found);
  };
  // The values of the last render, for callbacks that stay the same from render to render (the
  // article field's): no event is handled between a render and its layout effects.
  const latest = useRef({ value, onChange });
  useLayoutEffect(() => {
    latest.current = { value, onChange };
  });
  const set = useCallback((patch: Partial<NewSourceInput>) => {
    const { value: current, onChange: change } = latest.current;
    change({ ...current, ...patch });
  }, []);
  const setText = useCallback((text: string) => set({ text }), [set]);
  const languagesId = useId();
  const openFile = useCallback(
    (file: File) =>
      void readArticleFile(file).then((text) => {
        // The title as it is once the file is read: one typed meanwhile stays.
        const title = latest.current.value.title || file.name.replace(/\.[^.]+$/, '');
        set({ text, title });
      }),
    [set],
  );
  return (
    <fieldset className="source-fields">
      <ArticleField
        text={value.text}
        problem={problem('text')}
        onText={setText}
        onFile={openFile}
      />
      <Field
        label={t('editor.sourceTitle')}
        value={value.title}
        required
        problem={problem('title')}
        onChange={(title) => set({ title })}
      />
      <Field
        label={t('editor.publisher')}
        value={value.publisher}
        required
        problem={problem('publisher')}
        onChange={(publisher) => set({ publisher })}
      />
      <Field
        label={t('editor.author')}
        value={value.author}
        required
        problem={problem('author')}
        onChange={(author) => set({ author })}
      />
      <Field
        label={t('editor.published')}
        type="date"
        value={value.published}
        required
        problem={problem('published')}
        hint={t('editor.publishedHint')}
        onChange={(published) => set({ published })}
      />
      <Field
        label={t('editor.address')}
        type="url"
        value={value.url}
        problem={problem('url')}
        hint={t('editor.addressHint')}
        onChange={(url) => set({ url })}
      />
      <Field
        label={t('editor.articleLanguage')}
        value={value.lang ?? ''}
        list={languagesId}
        problem={problem('lang')}
        hint={t(
          datesProposedIn(value.lang)
            ? 'editor.articleLanguageHint'
            : 'editor.articleLanguageNoDates',
        )}
        onChange={(lang) => set({ lang })}
      />
      <datalist id={languagesId}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {languageName(language, tag)}
          </option>
        ))}
      </datalist>
    </fieldset>
  );
});
