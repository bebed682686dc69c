// A picture of the timeline in its place (the image of the view, drawn by the build into a
// prerendered default view), shown on a phone until the reader reaches for the timeline: building
// vis-timeline is one long task, which need not fall in the page's first seconds when a picture
// says the same. The build gives its SVG (src/prerender.tsx); the app taking the page over gives
// the same SVG back, read from the page (main.tsx), so hydration keeps it.
import { createContext } from 'react';
import type { LoadedDataset } from '../dataset/types';

export interface TimelinePicture {
  /** The picture's SVG markup (made by the build from bundled data, every string escaped). */
  svg: string;
  /** The document it pictures (the store's, as the page was drawn): no other is pictured. */
  loaded: LoadedDataset;
}

export const TimelinePictureContext = createContext<TimelinePicture | null>(null);

export { PICTURE_CLASS, pictureShowsView } from './pictureOfView';
