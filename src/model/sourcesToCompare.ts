// Whether an event's details have sources to set side by side (issue 22), asked before the
// comparison's code is loaded: most events of most datasets have one source and no claim.
import type { ResolvedEvent } from '../dataset/types';

/** Whether the event has anything to compare: claims, or passages of several sources. */
export function hasSourcesToCompare(resolved: ResolvedEvent, sourceCount: number): boolean {
  const { passages } = resolved.event;
  return (
    passages.some((p) => p.claim !== undefined) ||
    (sourceCount > 1 && new Set(passages.map((p) => p.source)).size > 1) ||
    resolved.corroboration.status === 'disputed'
  );
}
