import { useTranslator } from '../i18n/I18nProvider';
import { saveLocale } from '../i18n/preference';
import { isLocale, LOCALE_NAMES, LOCALES, localeDirection } from '../model/locales';
import { useStore } from '../state/store';

/**
 * The interface's language, each named in itself. A choice is saved in this browser and carried
 * by the link from then on (`?lang=`), so a shared link shows what its sharer chose.
 */
export function LanguageMenu() {
  const { locale, t } = useTranslator();
  const setLang = useStore((state) => state.setLang);
  return (
    <label className="language-menu">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        value={locale}
        onChange={(event) => {
          const chosen = event.target.value;
          if (!isLocale(chosen)) return;
          saveLocale(chosen);
          setLang(chosen);
        }}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code} dir={localeDirection(code)}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
