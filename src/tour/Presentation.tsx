import { useT } from '../store/use-t';
import { useApp } from '../store/app-store';
import { runPresenterAction } from './use-presenter-keys';
import { usePresenterKeys } from './use-presenter-keys';
import { useTourAutoplay } from './use-tour-autoplay';
import './present.css';

/**
 * Presentation mode's own controls, over the canvas (the panels are hidden while `tour` is set, see present.css):
 * the step's caption in large type, the focus node's name, step n / N with a progress bar, previous / next,
 * auto-play and leave. Loaded on demand (React.lazy in App) so explorers never download it.
 * On a kiosk the tour is the attract loop: no keyboard, and any touch already stops it and starts exploring,
 * so only the caption and where the loop is show — no key hints, no buttons that promise something else.
 */
export default function Presentation() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const play = useApp((s) => s.tour);
  const kiosk = useApp((s) => s.kiosk.on);
  const tour = useApp((s) => s.tours.find((x) => x.id === s.tour?.id));
  const focus = useApp((s) => {
    const id = s.tour && tour?.steps[s.tour.step]?.focus;
    return id ? s.model?.nodes.get(id) : undefined;
  });
  usePresenterKeys();
  useTourAutoplay();
  if (!play || !tour) return null;
  const step = tour.steps[play.step]!;
  const n = play.step + 1;
  const total = tour.steps.length;
  return (
    <section
      className="presentation"
      lang={lang === 'zh' ? 'zh-CN' : 'en'}
      aria-label={t('present.region')}
      data-testid="presentation"
    >
      <div className="present-caption" aria-live="polite" aria-atomic="true">
        <p className="present-title">
          <span>{tour.title[lang]}</span>
          {focus && (
            <>
              <span aria-hidden="true"> · </span>
              <span className="present-focus">{focus.label[lang]}</span>
            </>
          )}
        </p>
        <p className="present-text" data-testid="present-caption">
          {step.caption[lang]}
        </p>
      </div>
      <div className="present-bar">
        {!kiosk && (
          <button
            type="button"
            className="present-nav"
            aria-label={t('present.prev')}
            disabled={play.step === 0}
            onClick={() => runPresenterAction('prev')}
          >
            ←
          </button>
        )}
        <span className="present-count" data-testid="present-count">
          {t('present.count', { n, total })}
        </span>
        <progress className="present-progress" aria-label={t('present.progress')} value={n} max={total} />
        {!kiosk && (
          <>
            <button
              type="button"
              className="present-nav"
              aria-label={t('present.next')}
              disabled={n === total && !play.loop}
              onClick={() => runPresenterAction('next')}
            >
              →
            </button>
            <button
              type="button"
              aria-pressed={play.auto}
              onClick={() => useApp.getState().setTourAuto(!play.auto)}
            >
              {t('present.auto')}
            </button>
            <span className="present-keys muted">{t('present.keys')}</span>
            <button type="button" className="present-exit" onClick={() => runPresenterAction('exit')}>
              {t('present.exit')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
