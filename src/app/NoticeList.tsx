// The notices themselves, in words (noticeWords, and the problems' words it may need): their code
// loads with the first notice, not with the first paint (Notices.tsx keeps the live region).
import { useTranslator } from '../i18n/I18nProvider';
import { noticeWords } from '../i18n/noticeWords';
import { useStore } from '../state/store';
import { BidiText } from './BidiText';

export default function NoticeList() {
  const translator = useTranslator();
  const { t } = translator;
  const notices = useStore((state) => state.notices);
  const dismiss = useStore((state) => state.dismissNotice);
  return notices.map((notice) => (
    <p key={notice.id} className={`notice notice-${notice.tone}`}>
      <span>
        <BidiText text={notice.said ? noticeWords(notice.said, translator) : notice.text} />
      </span>
      <button type="button" onClick={() => dismiss(notice.id)} aria-label={t('notices.dismiss')}>
        ×
      </button>
    </p>
  ));
}
