import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslator } from '../i18n/I18nProvider';

interface Props {
  /** Names the part in the message, e.g. "The timeline". */
  part: string;
  children: ReactNode;
}

/** Keeps a failure in one part of the page from taking down the others. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept for the developer console; the user sees the message below.
    console.warn(`${this.props.part} failed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <PartError
        part={this.props.part}
        message={this.state.error.message.slice(0, 200)}
        retry={() => this.setState({ error: null })}
      />
    );
  }
}

function PartError({ part, message, retry }: { part: string; message: string; retry: () => void }) {
  const { t } = useTranslator();
  return (
    <div className="part-error" role="alert">
      <p>{t('partError.message', { part, message })}</p>
      <button type="button" onClick={retry}>
        {t('partError.retry')}
      </button>{' '}
      <button type="button" onClick={() => window.location.reload()}>
        {t('partError.reload')}
      </button>
    </div>
  );
}
