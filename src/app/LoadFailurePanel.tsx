import { useEffect, useRef } from 'react';
import { useTranslator } from '../i18n/I18nProvider';
import { Message } from '../i18n/Message';
import { noticeWords } from '../i18n/noticeWords';
import { DEFAULT_DATASET_ID, datasetFromLink } from '../state/datasetLoader';
import { openDataset } from '../state/openDataset';
import { useStore } from '../state/store';
import type { LoadFailure } from '../state/types';
import { BidiText } from './BidiText';
import { ProblemText } from './ProblemText';

const SHOWN_PROBLEMS = 20;

/** The failure's sentence in the interface's language (its English when it has no code). */
const summaryWords = (failure: LoadFailure, translator: Parameters<typeof noticeWords>[1]) =>
  failure.said ? noticeWords(failure.said, translator) : failure.summary;

/** A first load the person cancelled: nothing is on screen, so say so and offer a way on. */
function CancelledPanel({ failure }: { failure: LoadFailure }) {
  const translator = useTranslator();
  const { t } = translator;
  const loadDefault = useRef<HTMLButtonElement>(null);
  // The Cancel button that was pressed is gone: the way on takes the focus.
  useEffect(() => loadDefault.current?.focus(), []);
  return (
    <section className="load-failure load-cancelled" aria-labelledby="load-cancelled-heading">
      <h2 id="load-cancelled-heading">{t('loadFailure.cancelled')}</h2>
      <p>
        <BidiText text={summaryWords(failure, translator)} /> {t('loadFailure.cancelledWayOn')}
      </p>
      <button
        ref={loadDefault}
        type="button"
        onClick={() =>
          void openDataset(`${DEFAULT_DATASET_ID}.json`, (options) =>
            datasetFromLink(null, options),
          )
        }
      >
        {t('loadFailure.loadDefault')}
      </button>
    </section>
  );
}

/** Why a dataset could not be opened; the dataset on screen stays as it was. */
export function LoadFailurePanel() {
  const translator = useTranslator();
  const { t } = translator;
  const failure = useStore((state) => state.loadFailure);
  const dismiss = useStore((state) => state.dismissLoadFailure);
  const hasDataset = useStore((state) => state.loaded !== null);
  if (!failure) return null;
  if (failure.cancelled) return <CancelledPanel failure={failure} />;
  const rest = failure.problems.length - SHOWN_PROBLEMS;
  return (
    <section className="load-failure" role="alert" aria-labelledby="load-failure-heading">
      <h2 id="load-failure-heading">
        <Message id="loadFailure.heading" values={{ name: <bdi>{failure.name}</bdi> }} />
      </h2>
      <p>
        <BidiText text={summaryWords(failure, translator)} />
        {hasDataset && ` ${t('loadFailure.unchanged')}`}
      </p>
      {failure.problems.length > 0 && (
        <ol className="problems">
          {failure.problems.slice(0, SHOWN_PROBLEMS).map((problem, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity beyond order
            <li key={i}>
              <code>
                <ProblemText problem={problem} />
              </code>
            </li>
          ))}
        </ol>
      )}
      {rest > 0 && <p>{t('loadFailure.moreProblems', { count: rest })}</p>}
      <button type="button" onClick={dismiss}>
        {t('common.dismiss')}
      </button>
    </section>
  );
}
