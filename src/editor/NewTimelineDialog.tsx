// "New timeline": an article (or several) and a title make a draft, saved in this browser and
// opened for editing.
import { useId, useState } from 'react';
import {
  checkNewTimeline,
  type FieldProblem,
  type NewSourceInput,
  newDraft,
} from '../authoring/newTimeline';
import { useTranslator } from '../i18n/I18nProvider';
import { Modal } from '../share/Modal';
import { draftFailureWords } from './draftFailureWords';
import { fieldProblemWords } from './fields';
import { foreignFrameWords, inForeignFrame } from './framingGuard';
import { EMPTY_SOURCE, SourceFields } from './SourceFields';
import { createDraft } from './session';
import './editor.css';

export default function NewTimelineDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslator();
  const headingId = useId();
  const titleId = useId();
  const [title, setTitle] = useState('');
  const [sources, setSources] = useState<NewSourceInput[]>([EMPTY_SOURCE]);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const foreign = inForeignFrame();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleFound = problems.find((problem) => problem.field === 'title');
  const titleProblem = titleFound && fieldProblemWords(titleFound);
  // Each article's change handler, made once and kept: with the same handler from key to key, a
  // key in the title (or in another article) does not render an article's fields again, whose
  // textarea may hold megabytes of pasted text.
  const [handlers] = useState(() => new Map<number, (next: NewSourceInput) => void>());
  const onSourceChange = (i: number) => {
    let handler = handlers.get(i);
    if (!handler) {
      handler = (next) => setSources((all) => all.map((s, j) => (j === i ? next : s)));
      handlers.set(i, handler);
    }
    return handler;
  };

  const start = async () => {
    const input = { title, sources };
    const found = checkNewTimeline(input);
    setProblems(found);
    if (found.length > 0) {
      // The first field to fix takes the focus.
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('.new-timeline [aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setBusy(true);
    try {
      await createDraft(newDraft(input));
      onClose();
    } catch (error) {
      setFailure(draftFailureWords(error, t));
      setBusy(false);
    }
  };

  return (
    <Modal labelledBy={headingId} className="new-timeline" onClose={onClose}>
      <form
        method="dialog"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void start();
        }}
      >
        <h2 id={headingId}>{t('editor.newTimeline')}</h2>
        {foreign && (
          <p className="field-problem" role="alert">
            {foreignFrameWords()}
          </p>
        )}
        <p className="field-hint">{t('editor.newTimelineHint')}</p>
        <div className="form-field">
          <label htmlFor={titleId}>
            {t('editor.timelineTitle')}
            <span aria-hidden="true"> *</span>
          </label>
          <input
            id={titleId}
            value={title}
            required
            aria-invalid={titleProblem ? true : undefined}
            aria-describedby={titleProblem ? `${titleId}-note` : undefined}
            onChange={(event) => setTitle(event.target.value)}
          />
          {titleProblem && (
            <p id={`${titleId}-note`} className="field-problem">
              {titleProblem}
            </p>
          )}
        </div>
        {sources.map((source, i) => (
          <SourceFields
            // biome-ignore lint/suspicious/noArrayIndexKey: the articles of the form, in order
            key={i}
            prefix={`sources[${i}]`}
            value={source}
            problems={problems}
            onChange={onSourceChange(i)}
          />
        ))}
        <button type="button" onClick={() => setSources((all) => [...all, EMPTY_SOURCE])}>
          {t('editor.addArticle')}
        </button>
        {failure && (
          <p className="field-problem" role="alert">
            {failure}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" disabled={busy || foreign}>
            {t('editor.start')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
