// The fields of one article in the "New timeline" and "Add another article" forms: its text
// (pasted, or read from a .txt, .md or .html file: HTML becomes plain paragraphs through a real
// parser, never rendered), title, publisher, author, publication day and address.
import { useId } from 'react';
import type { FieldProblem, NewSourceInput } from '../authoring/newTimeline';
import { htmlToText } from '../formats/readers/htmlToText';

export const EMPTY_SOURCE: NewSourceInput = {
  text: '',
  title: '',
  publisher: '',
  author: '',
  published: '',
  url: '',
};

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
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem?: string;
  type?: 'text' | 'url' | 'date';
  required?: boolean;
  hint?: string;
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
        value={value}
        required={required}
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

export function SourceFields({
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
  const textId = useId();
  const problem = (name: string) =>
    problems.find((candidate) => candidate.field === `${prefix}.${name}`)?.message;
  const set = (patch: Partial<NewSourceInput>) => onChange({ ...value, ...patch });
  const textProblem = problem('text');
  return (
    <fieldset className="source-fields">
      <div className="form-field">
        <label htmlFor={textId}>
          Article text<span aria-hidden="true"> *</span>
        </label>
        <textarea
          id={textId}
          rows={8}
          value={value.text}
          required
          aria-invalid={textProblem ? true : undefined}
          aria-describedby={`${textId}-note`}
          onChange={(event) => set({ text: event.target.value })}
        />
        <p id={`${textId}-note`} className={textProblem ? 'field-problem' : 'field-hint'}>
          {textProblem ?? 'Paste the article, or open a .txt, .md or .html file.'}
        </p>
        <label className="file-choice">
          Open a file (.txt, .md, .html)
          <input
            type="file"
            accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              if (!file) return;
              const text = await readArticleFile(file);
              const title = value.title || file.name.replace(/\.[^.]+$/, '');
              set({ text, title });
            }}
          />
        </label>
      </div>
      <Field
        label="Source title"
        value={value.title}
        required
        problem={problem('title')}
        onChange={(title) => set({ title })}
      />
      <Field
        label="Publisher"
        value={value.publisher}
        required
        problem={problem('publisher')}
        onChange={(publisher) => set({ publisher })}
      />
      <Field
        label="Author"
        value={value.author}
        required
        problem={problem('author')}
        onChange={(author) => set({ author })}
      />
      <Field
        label="Published"
        type="date"
        value={value.published}
        required
        problem={problem('published')}
        hint="The day it was published: relative dates (“on Friday”) are resolved from it."
        onChange={(published) => set({ published })}
      />
      <Field
        label="Address"
        type="url"
        value={value.url}
        problem={problem('url')}
        hint="Optional: where the article is published (https://…)."
        onChange={(url) => set({ url })}
      />
    </fieldset>
  );
}
