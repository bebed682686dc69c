// What a passage's source claims, edited beside the passage: figures (proposed from its words),
// a date when the source's differs from the event's, and who the source says makes the claim.
// Every change is a `set-passage` command, so undo and saving see it like any other edit.

import { BidiText } from '../app/BidiText';
import { proposeFigures } from '../authoring/figureProposals';
import { setPassage } from '../dataset/commandBuilders';
import type { Command } from '../dataset/commands';
import type { Claim, Dataset, Figure, FigureHedge, Passage } from '../dataset/schema';
import { activeTranslator } from '../i18n/active';
import type { MessageKey } from '../i18n/catalogue';
import { countedWords } from '../i18n/claimWords';
import { useTranslator } from '../i18n/I18nProvider';
import { isolate } from '../model/bidi';
import { useStore } from '../state/store';
import { type Check, checkDate, latestDataset, needsText, TextField } from './fields';

/** The hedges offered, each by its words in the interface's language ('' for none). */
const HEDGES: ReadonlyArray<[FigureHedge | '', MessageKey]> = [
  ['', 'editor.claim.hedgeExactly'],
  ['at least', 'editor.claim.hedgeAtLeast'],
  ['about', 'editor.claim.hedgeAbout'],
  ['more than', 'editor.claim.hedgeMoreThan'],
];

const checkNumber: Check = (value) =>
  value.trim() !== '' && Number.isFinite(Number(value)) && Number(value) >= 0
    ? null
    : activeTranslator().t('editor.claim.checkNumber');
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
  const translator = useTranslator();
  const { t } = translator;
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
    ...figures.map((f) => countedWords(f, translator)),
    ...(claim.date ? [claim.date.value] : []),
    ...(claim.attributedTo
      ? [
          isolate(
            dataset.actors.find((a) => a.id === claim.attributedTo?.actor)?.name ??
              claim.attributedTo.actor,
          ),
        ]
      : []),
  ].join(t('claims.separator'));

  return (
    <details className="claim-editor">
      <summary>
        <BidiText text={t('editor.claim.summary', { claim: summary || t('editor.claim.none') })} />
      </summary>
      <fieldset className="claim-figures">
        <legend>{t('claims.figures')}</legend>
        {figures.map((figure, k) => {
          const ranged = figure.value === undefined;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: figures have no id; their place is theirs
            <div key={k} className="claim-figure">
              <TextField
                label={t('editor.claim.what', { figure: k + 1, passage: n })}
                value={figure.what}
                check={needsText}
                edit={field((c, what) => ({ ...c, figures: figureAt(c.figures, k, { what }) }))}
              />
              {ranged ? (
                (['min', 'max'] as const).map((end) => (
                  <TextField
                    key={end}
                    label={t(end === 'min' ? 'editor.claim.min' : 'editor.claim.max', {
                      figure: k + 1,
                    })}
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
                    {t('editor.claim.hedge', { figure: k + 1 })}
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
                      {HEDGES.map(([hedge, words]) => (
                        <option key={hedge} value={hedge}>
                          {t(words)}
                        </option>
                      ))}
                    </select>
                  </label>
                  <TextField
                    label={t('editor.claim.number', { figure: k + 1, passage: n })}
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
                {t('editor.claim.removeFigure', { figure: k + 1 })}
              </button>
            </div>
          );
        })}
        {proposals.length > 0 && (
          <p className="claim-proposals">
            {t('editor.claim.proposed')}{' '}
            {proposals.map((proposal) => (
              <button
                key={`${proposal.words}-${proposal.figure.what}`}
                type="button"
                onClick={() =>
                  change((c) => ({ ...c, figures: [...(c.figures ?? []), proposal.figure] }))
                }
              >
                <BidiText
                  text={t('editor.claim.add', {
                    figure: countedWords(proposal.figure, translator),
                  })}
                />
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
          {t('editor.claim.addFigure')}
        </button>
      </fieldset>
      <TextField
        label={t('editor.claim.date', { passage: n })}
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
          label={t('editor.claim.dateWords', { passage: n })}
          value={claim.date.expression ?? ''}
          edit={field((c, expression) =>
            c.date ? { ...c, date: { ...c.date, expression } } : null,
          )}
        />
      )}
      <label className="claim-said-by">
        {t('editor.claim.saidBy', { passage: n })}
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
          <option value="">{t('editor.claim.nobody')}</option>
          {dataset.actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </select>
      </label>
      {claim.attributedTo && (
        <TextField
          label={t('editor.claim.attribution', { passage: n })}
          value={claim.attributedTo.words ?? ''}
          edit={field((c, words) =>
            c.attributedTo ? { ...c, attributedTo: { ...c.attributedTo, words } } : null,
          )}
        />
      )}
    </details>
  );
}
