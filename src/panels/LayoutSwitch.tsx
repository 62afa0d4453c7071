import { LAYOUT_NAMES } from '../domain/vocabulary';
import { useApp } from '../store/app-store';
import { useT } from '../store/use-t';
import './layout-switch.css';

/** Radial, tree or network: one pressed button shows the layout in use; the others switch to theirs. */
export function LayoutSwitch() {
  const t = useT();
  const layout = useApp((s) => s.layout);
  return (
    <div className="layout-switch" role="group" aria-label={t('controls.layout')}>
      {LAYOUT_NAMES.map((name) => (
        <button
          key={name}
          type="button"
          aria-pressed={layout === name}
          data-layout-name={name}
          onClick={() => useApp.getState().setLayout(name)}
        >
          {t(`controls.layout.${name}`)}
        </button>
      ))}
    </div>
  );
}
