// Saving a file the app made: a Blob behind a `blob:` address, clicked as an <a download>. Under
// the app's Content Security Policy this needs nothing allowed: a download is not a fetch, and
// the address is the page's own (the e2e tests download every format under the policy).

/** How long the file's address lives after the click: the download has long started by then. */
const RELEASE_AFTER_MS = 60_000;

export function saveFile(content: string | Blob, mimeType: string, fileName: string): void {
  const url = URL.createObjectURL(
    content instanceof Blob ? content : new Blob([content], { type: mimeType }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), RELEASE_AFTER_MS);
}
