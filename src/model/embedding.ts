// Showing a view inside another site's page, as plain data: the embed snippet and link for a
// framed view, and the height messages the frame posts to its host. Pure: the Embed dialog and the
// embedded view only show these and hand them to the browser.
import { encodeView } from './urlCodec';
import type { ViewState } from './viewState';

/** Height a frame is given before the embedded view reports its own (px): the wide layout's. */
export const EMBED_DEFAULT_HEIGHT = 700;

/** The message an embedded view posts to its host page whenever its content height changes. */
export const HEIGHT_MESSAGE_TYPE = 'sourceline:height';
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  height: number;
}

export function heightMessage(height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE_TYPE, height: Math.ceil(Math.max(0, height)) };
}

/** The address of a view: the embedded one (for an iframe) or the full one (to open it). */
export function viewAddress(appUrl: string, view: ViewState, embed: boolean): string {
  return `${appUrl}${encodeView({ ...view, embed })}`;
}

/** Text made safe inside a double-quoted HTML attribute (a dataset title is anyone's words). */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The `<iframe>` a host page pastes to show a view. */
export function embedSnippet(
  src: string,
  datasetTitle: string,
  height = EMBED_DEFAULT_HEIGHT,
): string {
  const title = `${datasetTitle} — a Sourceline timeline`;
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${Math.round(height)}" loading="lazy" style="border: 0"></iframe>`;
}

/**
 * The script a host page may add so each frame of this app takes the height its view reports:
 * only messages from the app's origin and from that very frame count, and only a sane number.
 */
export function resizeScript(appOrigin: string): string {
  return [
    '<script>',
    "  addEventListener('message', (event) => {",
    `    if (event.origin !== ${JSON.stringify(appOrigin)} || event.data?.type !== '${HEIGHT_MESSAGE_TYPE}') return;`,
    '    const height = Number(event.data.height);',
    '    if (!Number.isFinite(height) || height <= 0 || height > 20000) return;',
    '    for (const frame of document.querySelectorAll("iframe")) {',
    "      if (frame.contentWindow === event.source) frame.style.height = height + 'px';",
    '    }',
    '  });',
    '</script>',
  ].join('\n');
}
