// "Update article text": the new version of one article of the draft, pasted or read from a file;
// its passages are then re-anchored in it and reviewed in the details' place (TextUpdateReview).
import { useId, useState } from 'react';
import { Modal } from '../share/Modal';
import { useStore } from '../state/store';
import { readArticleFile } from './SourceFields';
import { startTextUpdate } from './textUpdate';

const WORDS = {
  heading: 'Update article text',
  intro:
    'Paste the new version of the article, or open its file. Every passage quoted from it is looked for in the new text; you then review each one before anything changes, and one Undo takes the whole update back.',
  article: 'Article',
  text: 'New version of the article text',
  file: 'Open a file (.txt, .md, .html)',
  empty: 'Paste the new version, or open its file.',
  same: 'This is the text the article has already: nothing to update.',
  review: 'Review the passages',
  cancel: 'Cancel',
} as const;

export function UpdateTextDialog({ onClose }: { onClose: () => void }) {
  const headingId = useId();
  const textId = useId();
  const sources = useStore((state) => state.loaded?.dataset.sources ?? []);
  const readerSource = useStore((state) => state.readerSourceId);
  const [sourceId, setSourceId] = useState(
    sources.find((s) => s.id === readerSource)?.id ?? sources[0]?.id ?? '',
  );
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const review = () => {
    const current = sources.find((s) => s.id === sourceId);
    if (!current) return;
    if (text.trim() === '') return setProblem(WORDS.empty);
    if (text === current.text) return setProblem(WORDS.same);
    startTextUpdate(sourceId, text);
    onClose();
  };

  return (
    <Modal labelledBy={headingId} className="new-timeline update-text" onClose={onClose}>
      <form
        method="dialog"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          review();
        }}
      >
        <h2 id={headingId}>{WORDS.heading}</h2>
        <p className="field-hint">{WORDS.intro}</p>
        {sources.length > 1 && (
          <div className="form-field">
            <label htmlFor={`${textId}-source`}>{WORDS.article}</label>
            <select
              id={`${textId}-source`}
              value={sourceId}
              onChange={(event) => setSourceId(event.target.value)}
            >
              {sources.map((source) => (
                <option key={source.id} value={source.id}>
                  {source.title}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="form-field">
          <label htmlFor={textId}>{WORDS.text}</label>
          <textarea
            id={textId}
            rows={10}
            value={text}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${textId}-note` : undefined}
            onChange={(event) => {
              setText(event.target.value);
              setProblem(null);
            }}
          />
          {problem && (
            <p id={`${textId}-note`} className="field-problem" role="alert">
              {problem}
            </p>
          )}
          <label className="file-choice">
            {WORDS.file}
            <input
              type="file"
              accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) {
                  void readArticleFile(file).then((read) => {
                    setText(read);
                    setProblem(null);
                  });
                }
              }}
            />
          </label>
        </div>
        <div className="dialog-actions">
          <button type="submit">{WORDS.review}</button>
          <button type="button" onClick={onClose}>
            {WORDS.cancel}
          </button>
        </div>
      </form>
    </Modal>
  );
}
