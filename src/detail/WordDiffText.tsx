// A word diff drawn: words removed struck through, words added underlined, each also said in
// words for screen readers (struck text alone is silent), never by colour alone.
import type { WordChange } from '../dataset/wordDiff';
import { DiffWords } from './DiffWords';

export function WordDiffText({ parts }: { parts: readonly WordChange[] }) {
  return (
    // Isolated: the article's words keep their own direction among the interface's.
    <bdi className="word-diff">
      {parts.map((part, i) => {
        const key = `${i}:${part.kind}`;
        if (part.kind === 'same') return <span key={key}>{part.text}</span>;
        const Tag = part.kind === 'removed' ? 'del' : 'ins';
        return (
          <Tag key={key}>
            <DiffWords id={part.kind === 'removed' ? 'passageState.removed' : 'passageState.added'}>
              {part.text}
            </DiffWords>
          </Tag>
        );
      })}
    </bdi>
  );
}
