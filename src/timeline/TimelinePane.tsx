/** Placeholder: the timeline pane (vis-timeline adapter and its controls) is being built. */
export function TimelinePane() {
  return (
    <section className="timeline-pane" aria-label="Timeline">
      <p>The timeline is loading…</p>
    </section>
  );
}
