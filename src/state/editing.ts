// What editing needs beyond reading: applying commands and deriving the dataset again (which
// brings the EDTF grammar and anchoring to the page). Imported by the editor, in its own chunk,
// which hands it to the store (`enableEditing(editing)`): a reader's first paint does not carry
// it, and until then the dataset on screen is read-only.
import {
  applyCommand,
  type Command,
  commandLabel,
  commandSaid,
  invert,
  isFieldCommand,
  sameValue,
  squash,
} from '../dataset/commands';
import { deriveLoaded } from '../dataset/derive';
import type { Dataset } from '../dataset/schema';

/** A field set to the value it has: typing that came back to where it was. */
function isNoChange(command: Command): boolean {
  return isFieldCommand(command) && sameValue(command.before, command.after);
}

/**
 * The commands of an undo history (an `EditHistory` of types.ts is one). Named here, not
 * imported: types.ts names this module's `Editing`, and the two would import each other.
 */
interface CommandHistory {
  undo: ReadonlyArray<{ command: Command }>;
  redo: ReadonlyArray<{ command: Command }>;
}

/**
 * Whether every step of `history` can be undone and redone from `dataset` (a history saved apart
 * from its draft, or written by a buggy version, would fail midway: it is refused as a whole).
 */
function historyFits(history: CommandHistory, dataset: Dataset): boolean {
  try {
    let back = dataset;
    for (const step of [...history.undo].reverse()) back = applyCommand(back, invert(step.command));
    let forward = dataset;
    for (const step of [...history.redo].reverse()) forward = applyCommand(forward, step.command);
    return true;
  } catch {
    return false;
  }
}

export const editing = {
  applyCommand,
  commandLabel,
  commandSaid,
  invert,
  squash,
  deriveLoaded,
  isNoChange,
  historyFits,
};

export type Editing = typeof editing;
