import { useApp } from '../store/app-store';
import { useT } from '../store/use-t';
import './supports-switch.css';

/**
 * "Show all supports": pressed, every supports edge is drawn strong with its arrow; released, only the selected
 * node's stand out and the rest stay quiet beneath the tree.
 */
export function SupportsSwitch() {
  const t = useT();
  const on = useApp((s) => s.allSupports);
  return (
    <button
      type="button"
      className="supports-switch"
      aria-pressed={on}
      // The row is narrow beside the details panel: a short label on screen, the whole name for assistive tech.
      aria-label={t('controls.allSupports')}
      title={t('controls.allSupports.hint')}
      onClick={() => useApp.getState().setAllSupports(!on)}
    >
      <svg viewBox="0 0 24 12" width="24" height="12" aria-hidden="true" focusable="false">
        <path
          d="M2 10Q12 -2 20 8"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeDasharray="3 2"
        />
        <path d="M22.5 10.5L17 9.5L21 5.5Z" fill="currentColor" />
      </svg>
      {t('controls.allSupports.short')}
    </button>
  );
}
