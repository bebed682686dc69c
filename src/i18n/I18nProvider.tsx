// Puts the chosen language's translator in context and on the page (`<html lang dir>`). The
// language follows the view's `lang` (the link, the menu), else the choice saved in this
// browser, else the browser's languages; a language's catalogue is fetched before it shows, so
// the page never shows message keys or half one language, half another.
import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useLayoutEffect,
  useState,
} from 'react';
import { LOCALE_NAMES } from '../model/locales';
import { useStore } from '../state/store';
import { setActiveTranslator } from './active';
import { loadCatalogue } from './catalogue';
import { wantedLocale } from './preference';
import { makeTranslator, type Translator } from './translator';

const TranslatorContext = createContext<Translator | null>(null);

/** The page's language and direction on its root element, for screen readers, fonts and CSS. */
export function showLanguage(translator: Pick<Translator, 'locale' | 'dir'>): void {
  document.documentElement.lang = translator.locale;
  document.documentElement.dir = translator.dir;
}

export function I18nProvider({ initial, children }: { initial: Translator; children: ReactNode }) {
  const [translator, setTranslator] = useState(initial);
  const linked = useStore((state) => state.view.lang);
  const notify = useStore((state) => state.notify);
  const wanted = wantedLocale(linked);

  useEffect(() => {
    if (wanted === translator.locale) return;
    let current = true;
    loadCatalogue(wanted).then(
      (messages) => {
        if (current) setTranslator(makeTranslator(wanted, messages));
      },
      () => {
        if (current) {
          notify(
            translator.t('language.loadFailed', { language: LOCALE_NAMES[wanted] }),
            'warning',
            'action',
          );
        }
      },
    );
    return () => {
      current = false;
    };
  }, [wanted, translator, notify]);

  useLayoutEffect(() => {
    setActiveTranslator(translator);
    showLanguage(translator);
  }, [translator]);

  return <TranslatorContext.Provider value={translator}>{children}</TranslatorContext.Provider>;
}

/** The interface's language: `t` for messages, `dates` for dates in words, `number`. */
export function useTranslator(): Translator {
  const translator = useContext(TranslatorContext);
  if (!translator) throw new Error('useTranslator outside I18nProvider');
  return translator;
}
