// A flag that follows `on` a frame late: once `on` turns true, the flag does too, after the next
// frame has been painted and then in a transition (React slices its render into short tasks). A
// flag true from the first render (a prerendered page taken over with its dataset) is true at once.
import { startTransition, useEffect, useState } from 'react';

export function useDrawnAfterFrame(on: boolean): boolean {
  const [drawn, setDrawn] = useState(on);
  useEffect(() => {
    if (!on || drawn) return;
    const draw = () => startTransition(() => setDrawn(true));
    // A hidden page (a tab opened in the background) paints no frame until it is shown.
    if (document.hidden) {
      draw();
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    // This effect runs after its children's, so a frame the timeline asked for (vis-timeline
    // draws its first items in an animation frame) comes before this one's callback.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(draw, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [on, drawn]);
  return drawn;
}
