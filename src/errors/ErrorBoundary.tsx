import { Component, type ReactNode } from 'react';
import { translator } from '../i18n/translate';
import { useApp } from '../store/app-store';
import { crashTrigger, reportBoundaryCrash } from './crash-signal';

interface Props {
  name: string;
  children: ReactNode;
}

/** Each panel and the canvas sit in their own boundary: one failure leaves the rest working. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error(`[${this.props.name}]`, error);
    reportBoundaryCrash(this.props.name, error);
  }

  override render() {
    if (!this.state.failed)
      return (
        <>
          {crashTrigger(this.props.name)}
          {this.props.children}
        </>
      );
    const t = translator(useApp.getState().lang);
    return (
      <div className="panel-error" role="alert" data-boundary={this.props.name}>
        <p>{t('error.panel')}</p>
        <button type="button" onClick={() => this.setState({ failed: false })}>
          {t('error.reload')}
        </button>
      </div>
    );
  }
}
