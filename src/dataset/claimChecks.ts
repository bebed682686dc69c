// What the schema cannot say about a passage's claim and the passage it quotes: a claimed date
// that is no EDTF, a figure with no number or two kinds of number, an unknown actor, a quoted
// source that is not there or offsets outside its text. Each problem with its JSON path.
import { splitsSurrogatePair } from './anchor';
import { parseEdtf } from './edtf';
import { dateProblem, type Problem } from './problem';
import type { Dataset, Figure, Passage } from './schema';

const quoted = (value: string) =>
  JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);

function figureProblems(figure: Figure, path: string): Problem[] {
  const ranged = figure.min !== undefined || figure.max !== undefined;
  if (figure.value === undefined && !ranged) {
    return [{ path, message: 'needs a value, or a min and/or max', code: 'figureNoValue' }];
  }
  if (figure.value !== undefined && ranged) {
    return [
      {
        path,
        message: 'gives both a value and a min/max: give one or the other',
        code: 'figureBoth',
      },
    ];
  }
  const problems: Problem[] = [];
  if (figure.min !== undefined && figure.max !== undefined && figure.min > figure.max) {
    problems.push({
      path: `${path}.max`,
      message: `is less than min (${figure.min})`,
      code: 'figureMaxBelowMin',
      params: { min: figure.min },
    });
  }
  if (ranged && figure.hedge !== undefined) {
    problems.push({
      path: `${path}.hedge`,
      message: 'qualifies a single value; a range (min/max) takes none',
      code: 'figureHedgeOnRange',
    });
  }
  return problems;
}

function quotesProblems(
  dataset: Dataset,
  sourceIndex: ReadonlyMap<string, number>,
  passage: Passage,
  path: string,
): Problem[] {
  const quotes = passage.quotes;
  if (!quotes) return [];
  const s = sourceIndex.get(quotes.source);
  const source = s === undefined ? undefined : dataset.sources[s];
  if (s === undefined || !source) {
    return [
      {
        path: `${path}.source`,
        message: `unknown source ${quoted(quotes.source)}`,
        code: 'unknownSource',
        params: { value: quoted(quotes.source) },
      },
    ];
  }
  if (quotes.source === passage.source) {
    return [
      {
        path: `${path}.source`,
        message: 'must be another source than the passage’s own',
        code: 'quotesOwnSource',
      },
    ];
  }
  if (quotes.end <= quotes.start) {
    return [
      {
        path: `${path}.end`,
        message: `must be after start (${quotes.start})`,
        code: 'endNotAfterStart',
        params: { start: quotes.start },
      },
    ];
  }
  if (quotes.end > source.text.length) {
    return [
      {
        path: `${path}.end`,
        message: `is past the end of sources[${s}].text (${source.text.length})`,
        code: 'pastTextEnd',
        params: { text: `sources[${s}].text`, length: source.text.length },
      },
    ];
  }
  const problems: Problem[] = [];
  for (const side of ['start', 'end'] as const) {
    if (splitsSurrogatePair(source.text, quotes[side])) {
      problems.push({
        path: `${path}.${side}`,
        message: `cuts a character of sources[${s}].text in half`,
        code: 'cutsCharacter',
        params: { text: `sources[${s}].text` },
      });
    }
  }
  return problems;
}

/** Every problem of the passages' claims and quoted passages. */
export function claimProblems(
  dataset: Dataset,
  sourceIndex: ReadonlyMap<string, number>,
  actorIds: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  dataset.events.forEach((event, e) => {
    event.passages.forEach((passage, p) => {
      const at = `events[${e}].passages[${p}]`;
      problems.push(...quotesProblems(dataset, sourceIndex, passage, `${at}.quotes`));
      const { claim } = passage;
      if (!claim) return;
      if (claim.date) {
        const parsed = parseEdtf(claim.date.value);
        if (!parsed.ok) problems.push(dateProblem(`${at}.claim.date.value`, parsed));
      }
      claim.figures?.forEach((figure, f) => {
        problems.push(...figureProblems(figure, `${at}.claim.figures[${f}]`));
      });
      const actor = claim.attributedTo?.actor;
      if (actor !== undefined && !actorIds.has(actor)) {
        problems.push({
          path: `${at}.claim.attributedTo.actor`,
          message: `unknown actor ${quoted(actor)}`,
          code: 'unknownActor',
          params: { value: quoted(actor) },
        });
      }
    });
  });
  return problems;
}
