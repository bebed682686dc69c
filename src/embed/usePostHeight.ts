// In a frame, the embedded view tells its host page how tall its content is, on load and whenever
// that changes, so a host script can size the frame to it (see resizeScript in model/share.ts).
// The height is the app's own box, which in the embedded layout never depends on the frame's
// height (no viewport units), so a host that resizes the frame causes no new report.
import { type RefObject, useEffect } from 'react';
import { heightMessage } from '../model/embedding';

export function usePostHeight(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root || window.parent === window) return;
    let last = -1;
    const post = () => {
      const message = heightMessage(root.getBoundingClientRect().height);
      if (message.height === last) return;
      last = message.height;
      // Any host may frame a published view (its own headers say which): the height is no secret.
      window.parent.postMessage(message, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(root);
    post();
    return () => observer.disconnect();
  }, [ref]);
}
