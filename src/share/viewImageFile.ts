// The image of the view as files: the SVG from the pure builder (model/viewImage.ts), the PNG
// rasterised from it in the page (an <img> of the SVG as a data: address, drawn on a canvas at
// twice its size), and the PNG put on the clipboard. Nothing is fetched: the SVG names only
// installed fonts and holds no image, and `data:` is what the app's policy allows for images.
import type { LoadedDataset, ResolvedEvent } from '../dataset/types';
import type { MessageKey } from '../i18n/catalogue';
import { imageWords } from '../i18n/imageWords';
import type { Translator } from '../i18n/translator';
import type { ViewImage } from '../model/viewImage';
import type { ViewState } from '../model/viewState';
import { dateWords, timelineItemCaches } from '../state/caches';

export const IMAGE_FORMATS = ['png', 'svg'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

export const IMAGE_CHOICES: Readonly<
  Record<ImageFormat, { label: MessageKey; note: MessageKey; mimeType: string; extension: string }>
> = {
  png: {
    label: 'export.imagePng',
    note: 'export.imagePngNote',
    mimeType: 'image/png',
    extension: '.png',
  },
  svg: {
    label: 'export.imageSvg',
    note: 'export.imageSvgNote',
    mimeType: 'image/svg+xml',
    extension: '.svg',
  },
};

/** The PNG is drawn at this many pixels per pixel of the image, so it stays sharp. */
export const PNG_SCALE = 2;

/** Loads the builder (its own chunk, fetched when the Export dialog opens). */
export const loadImageBuilder = () => import('../model/viewImage');

/** The image of the view the page shows, its words in the interface's language. */
export async function viewImage(
  loaded: LoadedDataset,
  view: Pick<ViewState, 'filters' | 'window' | 'group'>,
  events: readonly ResolvedEvent[],
  link: string,
  translator: Translator,
): Promise<ViewImage> {
  const { buildViewImage } = await loadImageBuilder();
  // The timeline's own descriptors for this grouping, extent and language: none built twice.
  const cache = timelineItemCaches.for(view.group, loaded.extent, translator.timeline);
  const words = imageWords(translator);
  return buildViewImage(loaded, view, { events, link, cache, dateWords, words });
}

/** The SVG drawn on a canvas at `PNG_SCALE`, as a PNG. */
export async function pngOf(image: ViewImage): Promise<Blob> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(image.svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width * PNG_SCALE;
  canvas.height = image.height * PNG_SCALE;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('the browser gave no canvas to draw on');
  context.scale(PNG_SCALE, PNG_SCALE);
  context.drawImage(img, 0, 0, image.width, image.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))),
      'image/png',
    );
  });
}

/** Why the clipboard cannot take an image here, or null when it may. */
export function clipboardImageProblem(t: Translator['t']): string | null {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
    return t('export.noImageClipboard');
  }
  return null;
}

/**
 * Puts the PNG on the clipboard. The item is handed a promise of the PNG at once, so the write
 * starts within the click (Safari asks for that), while the image is still being drawn.
 */
export async function copyPng(png: Promise<Blob>): Promise<void> {
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}

/** The words for a refused clipboard write. */
export function clipboardRefusal(caught: unknown, t: Translator['t']): string {
  const name = caught instanceof DOMException ? caught.name : '';
  if (name === 'NotAllowedError') return t('export.copyDenied');
  const detail = caught instanceof Error ? caught.message : String(caught);
  return t('export.copyFailed', { detail });
}
