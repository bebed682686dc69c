import type { Problem } from '../dataset/problem';
import { useTranslator } from '../i18n/I18nProvider';
import { Message } from '../i18n/Message';
import { problemPlace, problemWords } from '../i18n/problemWords';
import { BidiText } from './BidiText';

/**
 * A problem the validator or an import found, in the interface's language (its English where it
 * has no code: problemWords.ts); its path as written, a sheet's row in words.
 */
export function ProblemText({ problem }: { problem: Problem }) {
  const translator = useTranslator();
  const message = <BidiText text={problemWords(problem, translator) ?? problem.message} />;
  if (!problem.path) return message;
  const place = problemPlace(problem, translator);
  return (
    <Message
      id="problem.at"
      values={{
        path: place === problem.path ? <bdi dir="ltr">{place}</bdi> : <BidiText text={place} />,
        message,
      }}
    />
  );
}
