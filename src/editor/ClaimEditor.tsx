// What a passage's source claims, edited beside the passage: figures (proposed from its words),
// a date when the source's differs from the event's, and who the source says makes the claim.
// Every change is a `set-passage` command, so undo and saving see it like any other edit.
import { proposeFigures } from '../authoring/figureProposals';
import { setPassage } from '../dataset/commandBuilders';
import type { Command } from '../dataset/commands';
import type { Claim, Dataset, Figure, FigureHedge, Passage } from '../dataset/schema';
import { figureWords } from '../model/claimWords';
import { useStore } from '../state/store';
import { type Check, checkDate, latestDataset, needsText, TextField } from './fields';

const WORDS = {
  summary: 'Claim of this source',
  none: 'none',
  figures: 'Figures',
  what: 'What is counted',
  number: 'Number',
  min: 'At least (min)',
  max: 'At most (max)',
  hedge: 'Hedge',
  exactly: 'exactly',
  removeFigure: 'Remove figure',
  addFigure: 'Add a figure',
  proposed: 'In the words:',
  add: 'Add',
  date: 'Date this source gives (EDTF), if not the event’s',
  dateWords: 'The source’s words for that date',
  saidBy: 'Said by',
  nobody: 'Nobody named',
  attribution: 'The attribution’s words',
};

const HEDGES: ReadonlyArray<FigureHedge | ''> = ['', 'at least', 'about', 'more than'];

const checkNumber: Check = (value) =>
  value.trim() !== '' && Number.isFinite(Number(value)) && Number(value) >= 0
    ? null
    : 'Give a number, 0 or more (digits, e.g. 46).';
const checkOptionalDate: Check = (value) => (value.trim() === '' ? null : checkDate(value));

/** The claim with its empty parts left out (undefined when nothing is left). */
function tidy(claim: Claim): Claim | undefined {
  const out: Claim = {};
  if (claim.date) out.date = claim.date;
  if (claim.figures && claim.figures.length > 0) out.figures = claim.figures;
  if (claim.attributedTo) out.attributedTo = claim.attributedTo;
  return Object.keys(out).length > 0 ? out : undefined;
}

function withClaim(passage: Passage, claim: Claim | undefined): Passage {
  const { claim: _old, ...rest } = passage;
  return claim ? { ...rest, claim } : rest;
}

/** The command that changes the passage's claim in `data` (null when the passage is gone). */
function claimEdit(
  data: Dataset,
  eventId: string,
  index: number,
  change: (claim: Claim) => Claim | null,
): Command | null {
  const passage = data.events.find((e) => e.id === eventId)?.passages[index];
  if (!passage) return null;
  const next = change(passage.claim ?? {});
  if (next === null) return null;
  return setPassage(data, eventId, index, withClaim(passage, tidy(next)));
}

const figureAt = (figures: readonly Figure[] | undefined, k: number, change: Partial<Figure>) =>
  (figures ?? []).map((figure, i) => (i === k ? { ...figure, ...change } : figure));

export function ClaimEditor({
  dataset,
  eventId,
  index,
}: {
  dataset: Dataset;
  eventId: string;
  index: number;
}) {
  const dispatch = useStore((state) => state.dispatch);
  const passage = dataset.events.find((e) => e.id === eventId)?.passages[index];
  if (!passage) return null;
  const claim = passage.claim ?? {};
  const figures = claim.figures ?? [];
  const change = (edit: (claim: Claim) => Claim | null) => {
    // Waiting field edits first, so the command is built against the draft as it is.
    useStore.getState().markHistory();
    const command = claimEdit(latestDataset(dataset), eventId, index, edit);
    if (command) dispatch(command);
    useStore.getState().markHistory();
  };
  const field =
    (edit: (claim: Claim, value: string) => Claim | null) => (value: string, data: Dataset) =>
      claimEdit(data, eventId, index, (current) => edit(current, value));
  const given = new Set(figures.map((f) => `${f.what} ${f.value} ${f.hedge ?? ''}`));
  const proposals = proposeFigures(passage.exact).filter(
    (p) => !given.has(`${p.figure.what} ${p.figure.value} ${p.figure.hedge ?? ''}`),
  );
  const n = index + 1;
  const summary = [
    ...figures.map((f) => `${figureWords(f)} ${f.what}`),
    ...(claim.date ? [claim.date.value] : []),
    ...(claim.attributedTo
      ? [
          dataset.actors.find((a) => a.id === claim.attributedTo?.actor)?.name ??
            claim.attributedTo.actor,
        ]
      : []),
  ].join('; ');

  return (
    <details className="claim-editor">
      <summary>
        {WORDS.summary}: {summary || WORDS.none}
      </summary>
      <fieldset className="claim-figures">
        <legend>{WORDS.figures}</legend>
        {figures.map((figure, k) => {
          const ranged = figure.value === undefined;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: figures have no id; their place is theirs
            <div key={k} className="claim-figure">
              <TextField
                label={`${WORDS.what} (figure ${k + 1}, passage ${n})`}
                value={figure.what}
                check={needsText}
                edit={field((c, what) => ({ ...c, figures: figureAt(c.figures, k, { what }) }))}
              />
              {ranged ? (
                (['min', 'max'] as const).map((end) => (
                  <TextField
                    key={end}
                    label={`${end === 'min' ? WORDS.min : WORDS.max} (figure ${k + 1})`}
                    value={figure[end] === undefined ? '' : String(figure[end])}
                    check={(v) => (v.trim() === '' ? null : checkNumber(v))}
                    edit={field((c, v) => ({
                      ...c,
                      figures: figureAt(c.figures, k, {
                        [end]: v.trim() === '' ? undefined : Number(v),
                      }),
                    }))}
                  />
                ))
              ) : (
                <>
                  <label className="claim-hedge">
                    {WORDS.hedge} (figure {k + 1})
                    <select
                      value={figure.hedge ?? ''}
                      onChange={(e) => {
                        const hedge = (e.target.value || undefined) as FigureHedge | undefined;
                        change((c) => ({
                          ...c,
                          figures: (c.figures ?? []).map((f, i) => {
                            if (i !== k) return f;
                            const { hedge: _old, ...rest } = f;
                            return hedge ? { ...rest, hedge } : rest;
                          }),
                        }));
                      }}
                    >
                      {HEDGES.map((hedge) => (
                        <option key={hedge} value={hedge}>
                          {hedge || WORDS.exactly}
                        </option>
                      ))}
                    </select>
                  </label>
                  <TextField
                    label={`${WORDS.number} (figure ${k + 1}, passage ${n})`}
                    value={String(figure.value)}
                    check={checkNumber}
                    edit={field((c, v) => ({
                      ...c,
                      figures: figureAt(c.figures, k, { value: Number(v) }),
                    }))}
                  />
                </>
              )}
              <button
                type="button"
                onClick={() =>
                  change((c) => ({ ...c, figures: (c.figures ?? []).filter((_, i) => i !== k) }))
                }
              >
                {WORDS.removeFigure} {k + 1}
              </button>
            </div>
          );
        })}
        {proposals.length > 0 && (
          <p className="claim-proposals">
            {WORDS.proposed}{' '}
            {proposals.map((proposal) => (
              <button
                key={`${proposal.words}-${proposal.figure.what}`}
                type="button"
                onClick={() =>
                  change((c) => ({ ...c, figures: [...(c.figures ?? []), proposal.figure] }))
                }
              >
                {WORDS.add} “{figureWords(proposal.figure)} {proposal.figure.what}”
              </button>
            ))}
          </p>
        )}
        <button
          type="button"
          onClick={() =>
            change((c) => ({ ...c, figures: [...(c.figures ?? []), { what: 'killed', value: 0 }] }))
          }
        >
          {WORDS.addFigure}
        </button>
      </fieldset>
      <TextField
        label={`${WORDS.date} (passage ${n})`}
        value={claim.date?.value ?? ''}
        check={checkOptionalDate}
        edit={field((c, value) => {
          if (value === '') {
            const { date: _gone, ...rest } = c;
            return rest;
          }
          return { ...c, date: { ...c.date, value } };
        })}
      />
      {claim.date && (
        <TextField
          label={`${WORDS.dateWords} (passage ${n})`}
          value={claim.date.expression ?? ''}
          edit={field((c, expression) =>
            c.date ? { ...c, date: { ...c.date, expression } } : null,
          )}
        />
      )}
      <label className="claim-said-by">
        {WORDS.saidBy} (passage {n})
        <select
          value={claim.attributedTo?.actor ?? ''}
          onChange={(e) => {
            const actor = e.target.value;
            change((c) => {
              const { attributedTo: old, ...rest } = c;
              return actor ? { ...rest, attributedTo: { ...old, actor } } : rest;
            });
          }}
        >
          <option value="">{WORDS.nobody}</option>
          {dataset.actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </select>
      </label>
      {claim.attributedTo && (
        <TextField
          label={`${WORDS.attribution} (passage ${n})`}
          value={claim.attributedTo.words ?? ''}
          edit={field((c, words) =>
            c.attributedTo ? { ...c, attributedTo: { ...c.attributedTo, words } } : null,
          )}
        />
      )}
    </details>
  );
}
