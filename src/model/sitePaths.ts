// The address of a view, path and query: the path form names a bundled dataset and an event
// (`events/<event>/`, `datasets/<dataset>/`, `datasets/<dataset>/events/<event>/`, each a page the
// build prerenders), the query the rest of the view (src/model/urlCodec.ts). Old links with
// `?event=` and `?dataset=` read the same; addresses and drafts keep the query form, having no page.
import { said } from './said';
import {
  type DecodedView,
  decodeView,
  encodeView,
  quoteForNotice,
  shortForNotice,
} from './urlCodec';
import type { ViewState } from './viewState';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Where the app is served (Vite's `base`: `/` or `/sub/`) and which dataset its root shows. */
export interface Site {
  base: string;
  defaultDataset: string;
}

/** What a path names: a bundled dataset (null: the default one) and an event. */
export interface PathTarget {
  dataset: string | null;
  event: string | null;
}

/** The path of a bundled dataset's view (its event's, or its default one): the page's address. */
export function pagePath(site: Site, target: PathTarget): string {
  const named = target.dataset !== null && target.dataset !== site.defaultDataset;
  const dataset = named ? `datasets/${target.dataset}/` : '';
  const event = target.event ? `events/${target.event}/` : '';
  return `${site.base}${dataset}${event}`;
}

/**
 * Reads a path under the base. Null for a path that is not a page of the app (the rest of the
 * link still applies, from the app's root). `index.html` and a missing final slash read the same.
 */
export function decodePath(pathname: string, base: string): PathTarget | null {
  let rest: string;
  if (pathname.startsWith(base)) rest = pathname.slice(base.length);
  else if (`${pathname}/` === base) rest = '';
  else return null;
  const parts = rest.split('/').filter((part) => part !== '' && part !== 'index.html');
  const target: PathTarget = { dataset: null, event: null };
  let at = 0;
  if (parts[at] === 'datasets') {
    const id = parts[at + 1];
    if (id === undefined || !SLUG.test(id)) return null;
    target.dataset = id;
    at += 2;
  }
  if (parts[at] === 'events') {
    const id = parts[at + 1];
    if (id === undefined || !SLUG.test(id)) return null;
    target.event = id;
    at += 2;
  }
  return at === parts.length ? target : null;
}

/** Whether a view's dataset has pages (a bundled one), so its address takes the path form. */
function hasPages(view: ViewState): boolean {
  return view.dataset === null || SLUG.test(view.dataset);
}

/**
 * The address (path and query, no origin) of a view. A bundled dataset's view takes the path form
 * plus its other parameters; the compact view for a frame and other datasets take the query form,
 * as does a view of a file (`paged` false: the link holds the view, not the file, so no page).
 */
export function encodeLocation(view: ViewState, site: Site, paged = true): string {
  if (!paged || !hasPages(view) || view.embed) return `${site.base}${encodeView(view)}`;
  const path = pagePath(site, view);
  return `${path}${encodeView({ ...view, dataset: null, event: null })}`;
}

/**
 * Reads an address as `decodeView` reads a query. The path's dataset and event come first: the
 * query's `dataset` or `event`, when they name others, are ignored with a notice.
 */
export function decodeLocation(pathname: string, search: string, site: Site): DecodedView {
  const decoded = decodeView(search);
  const target = decodePath(pathname, site.base);
  if (target === null) {
    decoded.notices.push(
      said(
        'pathNotAPage',
        { path: shortForNotice(pathname) },
        `The address’s path ${quoteForNotice(pathname)} is not a page of Sourceline; the rest of the link was read.`,
      ),
    );
    return decoded;
  }
  const { view, notices } = decoded;
  const named = (param: 'dataset' | 'event', value: string | null) => {
    if (value === null) return;
    if (view[param] !== null && view[param] !== value) {
      notices.push(
        said(
          'pathNamesTwice',
          { param, value: shortForNotice(value) },
          `The link names the ${param} twice, in its path and as “${param}”; the path’s ${quoteForNotice(value)} is used.`,
        ),
      );
    }
    view[param] = value;
  };
  named('dataset', target.dataset);
  named('event', target.event);
  return decoded;
}
