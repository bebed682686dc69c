// Whether the page's parts stack (a phone, a narrow window): the width where the layout CSS
// (src/styles/layout.css, filters-and-loading.css) switches, asked by the views that act on it.
// False where there is no window (the build's prerendering).
export const STACKED_LAYOUT = '(max-width: 900px)';

export const stackedLayout = (): boolean =>
  typeof window !== 'undefined' && window.matchMedia(STACKED_LAYOUT).matches;
