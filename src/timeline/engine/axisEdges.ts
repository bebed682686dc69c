// vis-timeline writes a month's or a year's name from its first day on, so a name near the plot's
// far edge runs past it and is cut ("202" for 2022; in a right-to-left view at the left edge). A
// date is shown whole or not at all, as the image's axis does (model/viewImage.ts).

/** The class that hides an axis label the plot's edges would cut (timeline.css). */
const CUT = 'tl-cut';

/** Hides the axis labels that run past the plot's edges, and shows the others; after a redraw. */
export function hideCutAxisLabels(container: HTMLElement): void {
  const axis = container.querySelector<HTMLElement>('.vis-time-axis.vis-foreground');
  if (!axis) return;
  const edges = axis.getBoundingClientRect();
  const labels = [...axis.querySelectorAll<HTMLElement>('.vis-text:not(.vis-measure)')];
  // Every box read before any class is written, so one layout serves them all (a drag's frame).
  const cut = labels.map((label) => {
    const box = label.getBoundingClientRect();
    return box.width > 0 && (box.left < edges.left - 0.5 || box.right > edges.right + 0.5);
  });
  labels.forEach((label, i) => {
    if (label.classList.contains(CUT) !== cut[i]) label.classList.toggle(CUT, cut[i]);
  });
}
