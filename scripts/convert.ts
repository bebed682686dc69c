// `npm run convert -- <input> --to sourceline|timelinejs|csv|annotations|svg [--out <file>]`:
// reads a Sourceline dataset or a TimelineJS timeline (JSON, or its sheet as CSV) with the app's
// own reader and writes it in another format (to stdout without --out). `--to svg` draws the image
// of a view, as the app's "Export… → Image (SVG)" does; the view is said with the deep link's
// parameters (`--from`/`--until` for its window, since `--to` names the format) or a copied link
// (`--view`). A refused input exits 1 with its problems on stderr.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { formatProblem } from '../src/dataset/problem';
import { type ReadContext, readDatasetText } from '../src/formats/readers/readDataset';
import { EXPORT_FORMATS, exportDataset, isExportFormat } from '../src/formats/writers/table';
import { withoutMarks } from '../src/model/bidi';
import { decodeView } from '../src/model/urlCodec';
import { buildViewImage, MAX_IMAGE_WIDTH_PX, MIN_IMAGE_WIDTH_PX } from '../src/model/viewImage';

export const CONVERT_FORMATS = [...EXPORT_FORMATS, 'svg'] as const;
export type ConvertFormat = (typeof CONVERT_FORMATS)[number];

export const USAGE = `usage: npm run convert -- <input> --to ${CONVERT_FORMATS.join('|')} [--out <file>]
  with --to svg, the view (as in the app's links):
    --from <YYYY-MM-DD> --until <YYYY-MM-DD>   the window (both, or neither: fit every event)
    --actors <id,id> [--match any|all]        --kinds <kind,kind>
    --search <words>   --day <YYYY-MM-DD>     --group none|kind|actor
    --view <link>      a copied link or its ?query (the options above override it)
    --width <px>       the image's width (${MIN_IMAGE_WIDTH_PX}–${MAX_IMAGE_WIDTH_PX}, default 1200)`;

/** The view options and the link parameter each one sets. */
const VIEW_OPTIONS: Readonly<Record<string, string>> = {
  '--from': 'from',
  '--until': 'to',
  '--actors': 'actors',
  '--match': 'match',
  '--kinds': 'kinds',
  '--search': 'q',
  '--day': 'day',
  '--group': 'group',
};
const OPTION_OF_PARAM = new Map(
  Object.entries(VIEW_OPTIONS).map(([option, param]) => [param, option]),
);
const VALUE_OPTIONS = new Set(['--to', '--out', '--view', '--width', ...Object.keys(VIEW_OPTIONS)]);

export interface ImageOptions {
  /** The view as a link's query string ("?from=…&actors=…"). */
  query: string;
  widthPx?: number;
}

export interface ConvertArgs {
  input: string;
  to: ConvertFormat;
  out?: string;
  /** With `--to svg` only. */
  image?: ImageOptions;
}

function isConvertFormat(value: string): value is ConvertFormat {
  return value === 'svg' || isExportFormat(value);
}

/** The query of a copied link, of a bare "?query", or of "a=b&c=d". */
function linkQuery(link: string): string {
  try {
    return new URL(link).search;
  } catch {
    return link.startsWith('?') ? link : `?${link}`;
  }
}

/** The command line's arguments, or what is wrong with them. */
export function parseArgs(argv: readonly string[]): ConvertArgs | { error: string } {
  let input: string | undefined;
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq !== -1 ? arg.slice(0, eq) : arg;
    if (VALUE_OPTIONS.has(name)) {
      let value: string | undefined;
      if (name !== arg) value = arg.slice(eq + 1);
      else {
        value = argv[++i];
        if (value === undefined || value.startsWith('--')) return { error: `${arg} needs a value` };
      }
      if (values.has(name)) return { error: `${name} is given twice` };
      values.set(name, value);
    } else if (arg.startsWith('--')) return { error: `unknown option ${arg}` };
    else if (input === undefined) input = arg;
    else return { error: `one input file at a time (also got ${arg})` };
  }
  const to = values.get('--to');
  const out = values.get('--out');
  if (input === undefined) return { error: 'no input file' };
  if (to === undefined) return { error: 'no --to format' };
  if (!isConvertFormat(to)) return { error: `unknown format "${to}" for --to` };
  const imageOnly = [...values.keys()].filter((name) => name !== '--to' && name !== '--out');
  if (to !== 'svg') {
    if (imageOnly.length > 0) return { error: `${imageOnly[0]} is only for --to svg` };
    return { input, to, ...(out === undefined ? {} : { out }) };
  }
  return imageArgs(input, values, out);
}

/** A notice of the link decoder in the command line's words: its options, and refused, not ignored. */
function optionWords(notice: string): string {
  return withoutMarks(notice)
    .replace(
      'The link gives only one of “from” and “to”',
      'Give both --from and --until, or neither',
    )
    .replace(/The link’s “(\w+)”/g, (words, param: string) => OPTION_OF_PARAM.get(param) ?? words)
    .replace(/; (?:it was|they were|the time window was) ignored\.$/, '.');
}

/** `--to svg`'s view, read by the app's own link decoder: what it would ignore is an error here. */
function imageArgs(
  input: string,
  values: ReadonlyMap<string, string>,
  out: string | undefined,
): ConvertArgs | { error: string } {
  const params = new URLSearchParams(linkQuery(values.get('--view') ?? ''));
  for (const ignored of ['event', 'dataset', 'embed']) params.delete(ignored);
  for (const [option, param] of Object.entries(VIEW_OPTIONS)) {
    const value = values.get(option);
    if (value !== undefined) params.set(param, value);
  }
  const query = params.size === 0 ? '' : `?${params}`;
  const { notices } = decodeView(query);
  if (notices.length > 0)
    return { error: notices.map((notice) => optionWords(notice.text)).join(' ') };
  let widthPx: number | undefined;
  const width = values.get('--width');
  if (width !== undefined) {
    widthPx = Number(width);
    if (
      !Number.isInteger(widthPx) ||
      widthPx < MIN_IMAGE_WIDTH_PX ||
      widthPx > MAX_IMAGE_WIDTH_PX
    ) {
      return {
        error: `--width must be a whole number of pixels from ${MIN_IMAGE_WIDTH_PX} to ${MAX_IMAGE_WIDTH_PX}, not "${width}"`,
      };
    }
  }
  return {
    input,
    to: 'svg',
    ...(out === undefined ? {} : { out }),
    image: { query, ...(widthPx === undefined ? {} : { widthPx }) },
  };
}

export type ConvertResult =
  | { ok: true; output: string; warnings: string[] }
  | { ok: false; problems: string[] };

/** Reads a file's text as the app does and writes it in the chosen format. */
export async function convertText(
  text: string,
  to: ConvertFormat,
  context: ReadContext = {},
  image: ImageOptions = { query: '' },
): Promise<ConvertResult> {
  const read = await readDatasetText(text, context);
  if (!read.ok) return { ok: false, problems: [read.summary, ...read.problems.map(formatProblem)] };
  const { loaded } = read;
  const warnings = loaded.warnings.map(formatProblem);
  if (to !== 'svg') {
    return { ok: true, output: (await exportDataset(loaded.dataset, to)).text, warnings };
  }
  const { view } = decodeView(image.query);
  for (const id of view.filters.actors) {
    if (!loaded.actorById.has(id)) warnings.push(`The dataset has no actor “${id}”.`);
  }
  for (const kind of view.filters.kinds) {
    if (!loaded.kinds.has(kind)) warnings.push(`The dataset has no event of kind “${kind}”.`);
  }
  const drawn = buildViewImage(loaded, view, {
    ...(image.widthPx === undefined ? {} : { widthPx: image.widthPx }),
  });
  return { ok: true, output: `${drawn.svg}\n`, warnings };
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) {
    console.error(`${args.error}\n${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(args.input, 'utf8');
  } catch (error) {
    console.error(`✗ ${args.input}: cannot read the file: ${(error as Error).message}`);
    return 1;
  }
  const result = await convertText(text, args.to, { name: basename(args.input) }, args.image);
  if (!result.ok) {
    console.error(`✗ ${args.input}: ${result.problems[0]}`);
    for (const line of result.problems.slice(1)) console.error(`  ${line}`);
    return 1;
  }
  for (const line of result.warnings) console.error(`! ${line}`);
  if (args.out === undefined) {
    process.stdout.write(result.output);
  } else {
    writeFileSync(args.out, result.output);
    console.error(`✓ wrote ${args.out} (${args.to})`);
  }
  return 0;
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
