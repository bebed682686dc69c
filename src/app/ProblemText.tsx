import type { Problem } from '../dataset/problem';
import { useTranslator } from '../i18n/I18nProvider';
import { Message } from '../i18n/Message';
import { problemMessage } from '../i18n/problemMessage';
import { BidiText } from './BidiText';

/**
 * A problem the validator found, in the interface's language: a known kind of problem in its own
 * words, any other in the validator's English inside a translated frame; its path as written.
 */
export function ProblemText({ problem }: { problem: Problem }) {
  const { locale } = useTranslator();
  const { key, values } = problemMessage(problem, locale);
  const message = key ? <Message id={key} values={values} /> : <BidiText text={values.message} />;
  if (!problem.path) return message;
  return (
    <Message id="problem.at" values={{ path: <bdi dir="ltr">{problem.path}</bdi>, message }} />
  );
}
