import { formatProblem } from '../dataset/problem';
import { useStore } from '../state/store';

const SHOWN_PROBLEMS = 20;

/** Why a dataset could not be opened; the dataset on screen stays as it was. */
export function LoadFailurePanel() {
  const failure = useStore((state) => state.loadFailure);
  const dismiss = useStore((state) => state.dismissLoadFailure);
  const hasDataset = useStore((state) => state.loaded !== null);
  if (!failure) return null;
  const rest = failure.problems.length - SHOWN_PROBLEMS;
  return (
    <section className="load-failure" role="alert" aria-labelledby="load-failure-heading">
      <h2 id="load-failure-heading">Could not open {failure.name}</h2>
      <p>
        {failure.summary}
        {hasDataset && ' The dataset on screen is unchanged.'}
      </p>
      {failure.problems.length > 0 && (
        <ol className="problems">
          {failure.problems.slice(0, SHOWN_PROBLEMS).map((problem, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity beyond order
            <li key={i}>
              <code>{formatProblem(problem)}</code>
            </li>
          ))}
        </ol>
      )}
      {rest > 0 && (
        <p>
          …and {rest} more problem{rest === 1 ? '' : 's'}.
        </p>
      )}
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </section>
  );
}
