// What editing needs beyond reading: applying commands and deriving the dataset again (which
// brings the EDTF grammar and anchoring to the page). Imported by the editor, in its own chunk,
// which hands it to the store (`enableEditing(editing)`): a reader's first paint does not carry
// it, and until then the dataset on screen is read-only.
import { applyCommand, commandLabel, invert, squash } from '../dataset/commands';
import { deriveLoaded } from '../dataset/derive';

export const editing = { applyCommand, commandLabel, invert, squash, deriveLoaded };

export type Editing = typeof editing;
