// Words written where views take them from, for hardcodedStrings.test.ts to prove that its scan
// finds each kind (and passes over codes and symbols). Never imported by the app.
/* c8 ignore start */
type Notify = (words: string, tone: string, scope: string) => void;

export function wordsOutsideJsx(
  notify: Notify,
  announce: (words: string) => void,
  setError: (words: string) => void,
  setMode: (mode: string) => void,
  element: { title: string; textContent: string; setAttribute(name: string, value: string): void },
  up: boolean,
): void {
  notify('The file was saved', 'info', 'action');
  announce(up ? 'Moved up' : 'Moved down');
  setError('Could not save the draft');
  element.title = 'Zoom in';
  element.setAttribute('aria-label', 'Close the dialog');
  // None of these is words: a code, a tone, symbols.
  setMode('edit');
  element.textContent = ` ${up ? '▲' : '▼'}`;
  element.setAttribute('data-kind', 'two words');
}
/* c8 ignore stop */
