// The one entry point that turns unknown input into a dataset the app can trust, or a list of
// every problem with its JSON path. The app, the file loader and `npm run validate` all call it.
import type { z } from 'zod/mini';
import { claimProblems } from './claimChecks';
import { MAX_DEPTH, tooDeep } from './depth';
import { derive } from './derive';
import { parseEdtf } from './edtf';
import { dateProblem, type Problem } from './problem';
import { passesDatasetSchema } from './quickValidate';
import { forEachRepeat } from './repeats';
import { type Dataset, DatasetSchema, SCHEMA_MESSAGES } from './schema';
import type { LoadedDataset } from './types';
import { hasVisibleCharacter } from './visible';

export type ParseResult = { ok: true; value: LoadedDataset } | { ok: false; problems: Problem[] };

export interface ParseOptions {
  /**
   * `strict` (the validator): a passage whose offsets don't match is an error.
   * `repair` (the app): it is re-anchored by quote and context with a warning, and only a
   * passage that can't be found at all is reported, still as a warning: the event still shows.
   */
  anchors: 'strict' | 'repair';
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** The schema's common kinds of problem, with the values a view needs to say them again. */
function schemaCode(issue: z.core.$ZodIssue): Pick<Problem, 'code' | 'params'> {
  // The schema's own checks, by the words they give.
  const own = SCHEMA_MESSAGES.find(([, message]) => message === issue.message);
  if (own) return { code: own[0] };
  switch (issue.code) {
    case 'invalid_type':
      // A field left out is the commonest: said as missing, not as a value of the wrong type.
      return {
        code: /received undefined$/.test(issue.message) ? 'schemaMissing' : 'schemaType',
        params: { expected: issue.expected },
      };
    case 'too_big':
      return { code: 'schemaTooBig', params: { limit: Number(issue.maximum) } };
    case 'too_small':
      return { code: 'schemaTooSmall', params: { limit: Number(issue.minimum) } };
    case 'unrecognized_keys':
      return { code: 'schemaUnknownKeys', params: { keys: issue.keys.join(', ') } };
    case 'invalid_value':
      return {
        code: 'schemaChoice',
        params: { values: issue.values.map((value) => JSON.stringify(value)).join(', ') },
      };
    default:
      return { code: 'schemaInvalid' };
  }
}

function schemaProblems(error: z.core.$ZodError): Problem[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
    ...schemaCode(issue),
  }));
}

/** A value quoted in a message: a string or number as JSON, cut short; never a whole structure. */
function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  // A primitive: JSON.stringify does not recurse on it (undefined, functions, symbols give none).
  const json = typeof value === 'bigint' ? String(value) : JSON.stringify(value);
  if (json === undefined) return String(typeof value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

/** Reports each id that appears more than once, pointing back at its first use. */
function duplicateIds(items: ReadonlyArray<{ id: string }>, name: string): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  items.forEach((item, i) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, i);
    else {
      problems.push({
        path: `${name}[${i}].id`,
        message: `duplicate id ${describeValue(item.id)} (first used at ${name}[${earlier}])`,
        code: 'duplicateId',
        params: { value: describeValue(item.id), first: `${name}[${earlier}]` },
      });
    }
  });
  return problems;
}

export function parseDataset(input: unknown, options: ParseOptions): ParseResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      problems: [{ path: '', message: 'a dataset must be a JSON object', code: 'notObject' }],
    };
  }
  // Before anything walks the value: a file nested thousands of levels deep gets one clear
  // problem instead of a stack overflow (or a minute of work) in whatever recurses over it.
  const deep = tooDeep(input);
  if (deep !== null) {
    return {
      ok: false,
      problems: [
        {
          path: deep,
          message: `nested deeper than ${MAX_DEPTH} levels`,
          code: 'tooDeep',
          params: { max: MAX_DEPTH },
        },
      ],
    };
  }
  const format = (input as { format?: unknown }).format;
  if (format !== 'sourceline/1') {
    return {
      ok: false,
      problems: [
        format === undefined
          ? {
              path: 'format',
              message:
                'missing: this is not a Sourceline dataset (expected "format": "sourceline/1")',
              code: 'formatMissing',
            }
          : {
              path: 'format',
              message: `unsupported format ${describeValue(format)} (expected "sourceline/1")`,
              code: 'formatUnsupported',
              params: { value: describeValue(format) },
            },
      ],
    };
  }
  // The fast checks answer for a valid file; the schema walks only one that may not be, and words
  // its problems (quickValidate.ts).
  let dataset: Dataset;
  if (passesDatasetSchema(input)) dataset = input as Dataset;
  else {
    const parsed = DatasetSchema.safeParse(input);
    if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error) };
    dataset = parsed.data;
  }

  const problems: Problem[] = [
    ...duplicateIds(dataset.sources, 'sources'),
    ...duplicateIds(dataset.actors, 'actors'),
    ...duplicateIds(dataset.events, 'events'),
    ...duplicateIds(dataset.periods ?? [], 'periods'),
  ];
  const sourceIndex = new Map(dataset.sources.map((source, i) => [source.id, i]));
  const actorIds = new Set(dataset.actors.map((actor) => actor.id));

  // Names people read: each must show something (invisible ones draw empty items).
  const invisible = (text: string, path: string) => {
    if (!hasVisibleCharacter(text)) {
      problems.push({
        path,
        message: 'has no visible character (only spaces or invisible characters)',
        code: 'invisible',
      });
    }
  };
  invisible(dataset.title, 'title');
  dataset.sources.forEach((source, i) => {
    invisible(source.title, `sources[${i}].title`);
  });
  dataset.actors.forEach((actor, i) => {
    invisible(actor.name, `actors[${i}].name`);
  });
  dataset.events.forEach((event, i) => {
    invisible(event.title, `events[${i}].title`);
  });

  dataset.sources.forEach((source, i) => {
    const published = parseEdtf(source.published);
    if (!published.ok) {
      problems.push(dateProblem(`sources[${i}].published`, published));
    } else if (
      published.date.kind !== 'point' ||
      published.date.point.precision !== 'day' ||
      published.date.point.approximate ||
      published.date.point.uncertain
    ) {
      problems.push({
        path: `sources[${i}].published`,
        message: `must be a single, certain day (YYYY-MM-DD), got ${describeValue(source.published)}`,
        code: 'publishedNotDay',
        params: { value: describeValue(source.published) },
      });
    }
  });

  // Dates and anchors are found by the derivation the app uses; here its findings are worded.
  const { loaded, eventIssues, periodIssues } = derive(dataset);
  dataset.events.forEach((event, e) => {
    const at = `events[${e}]`;
    const issue = eventIssues.get(e);
    if (issue?.date) problems.push(dateProblem(`${at}.date.value`, issue.date));

    // One actor may play two parts (speaker and subject), but not the same part twice.
    forEachRepeat(
      event.actors,
      (ref) => `${ref.id} ${ref.role}`,
      (x, y) => x.id === y.id && x.role === y.role,
      (a, earlier) => {
        const ref = event.actors[a];
        problems.push({
          path: `${at}.actors[${a}]`,
          message: `repeats ${at}.actors[${earlier}] (${describeValue(ref?.id)} as ${describeValue(ref?.role)})`,
          code: 'actorRepeats',
          params: {
            earlier: `${at}.actors[${earlier}]`,
            value: describeValue(ref?.id),
            role: describeValue(ref?.role),
          },
        });
      },
    );
    // The same passage twice, reported once at the later one (and not anchored again).
    for (const [p, found] of issue?.passages ?? []) {
      if (found.kind !== 'repeats') continue;
      const passage = event.passages[p];
      const s = passage && sourceIndex.get(passage.source);
      const where = s === undefined ? passage?.source : `sources[${s}].text`;
      problems.push({
        path: `${at}.passages[${p}]`,
        message: `repeats ${at}.passages[${found.earlier}] (${where} at ${passage?.start}–${passage?.end})`,
        code: 'passageRepeats',
        params: {
          earlier: `${at}.passages[${found.earlier}]`,
          where: where ?? '',
          start: passage?.start ?? 0,
          end: passage?.end ?? 0,
        },
      });
    }
    event.actors.forEach((ref, a) => {
      if (!actorIds.has(ref.id)) {
        problems.push({
          path: `${at}.actors[${a}].id`,
          message: `unknown actor ${describeValue(ref.id)}`,
          code: 'unknownActor',
          params: { value: describeValue(ref.id) },
        });
      }
    });

    for (const [p, found] of issue?.passages ?? []) {
      const path = `${at}.passages[${p}]`;
      const passage = event.passages[p];
      switch (found.kind) {
        case 'repeats':
          break;
        case 'unknown-source':
          problems.push({
            path: `${path}.source`,
            message: `unknown source ${describeValue(passage?.source)}`,
            code: 'unknownSource',
            params: { value: describeValue(passage?.source) },
          });
          break;
        case 'end-before-start':
          problems.push({
            path: `${path}.end`,
            message: `is before start (${passage?.start})`,
            code: 'endBeforeStart',
            params: { start: passage?.start ?? 0 },
          });
          break;
        case 'splits-character':
          problems.push({
            path: `${path}.${found.side}`,
            message: `cuts a character of sources[${found.source}].text in half (${found.offset} is between the two UTF-16 units of a surrogate pair)`,
            code: 'splitsCharacter',
            params: { text: `sources[${found.source}].text`, offset: found.offset },
          });
          break;
        case 'not-exact':
          // In repair mode it stays one of the derivation's warnings: the event still shows.
          if (options.anchors === 'strict') problems.push(found.problem);
          break;
      }
    }
  });

  problems.push(...claimProblems(dataset, sourceIndex, actorIds));

  for (const [i, fault] of periodIssues) {
    problems.push(dateProblem(`periods[${i}].date.value`, fault));
  }

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: loaded };
}
