// The dataset the reader shows while an article text update is under review (the editor's
// "Update article text"). Its module, with the derivation, is fetched when a review opens: a
// reader who never edits never loads it.
import { useEffect, useMemo, useState } from 'react';
import type { LoadedDataset } from '../dataset/types';
import { useStore } from '../state/store';

type PreviewModule = typeof import('../dataset/textUpdatePreview');

export function useTextUpdatePreview(): LoadedDataset | null {
  const loaded = useStore((state) => state.loaded);
  const update = useStore((state) => state.editor.textUpdate);
  const [preview, setPreview] = useState<PreviewModule | null>(null);
  const wanted = update !== null && preview === null;
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void import('../dataset/textUpdatePreview').then((module) => live && setPreview(module));
    return () => {
      live = false;
    };
  }, [wanted]);
  return useMemo(
    () => (preview && loaded && update ? preview.textUpdatePreview(loaded, update) : null),
    [preview, loaded, update],
  );
}
