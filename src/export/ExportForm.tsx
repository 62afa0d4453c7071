import type { LayoutName } from '../domain/vocabulary';
import type { Translate } from '../i18n/translate';
import type { MessageKey } from '../i18n/zh';
import { useT } from '../store/use-t';
import {
  EXPORT_BACKGROUNDS,
  EXPORT_SCOPES,
  isPage,
  SIZE_PRESETS,
  type ExportOptions,
} from './export-options';

/** Network, radial, tree: as the layout control names them. */
const LAYOUT_CHOICES: readonly LayoutName[] = ['network', 'radial', 'tree'];

const MAX_CUSTOM = 100_000;

/** A custom width the dialog accepts: a whole number of pixels, 1 to 100,000. */
export function validWidth(text: string): boolean {
  const w = Number(text);
  return Number.isInteger(w) && w >= 1 && w <= MAX_CUSTOM;
}

interface Props {
  options: ExportOptions;
  set(patch: Partial<ExportOptions>): void;
  /** A node is selected, so its branch can be exported. */
  branchPossible: boolean;
  /** The layout on screen: scope 'view' always draws it. */
  viewLayout: LayoutName;
  widthText: string;
  setWidthText(text: string): void;
  onSubmit(): void;
}

/** The export's choices: scope, layout, size (and orientation or width), background, what to include, format. */
export function ExportForm(props: Props) {
  const { options, set, branchPossible, viewLayout, widthText, setWidthText, onSubmit } = props;
  const ownView = options.scope === 'view';
  const t: Translate = useT();
  const radios = <V extends string>(
    name: string,
    values: readonly V[],
    current: V,
    label: (v: V) => MessageKey,
    pick: (v: V) => void,
    disabled?: (v: V) => boolean,
  ) =>
    values.map((v) => (
      <label key={v} className="export-choice">
        <input
          type="radio"
          name={name}
          value={v}
          checked={current === v}
          disabled={disabled?.(v)}
          onChange={() => pick(v)}
        />
        <span>{t(label(v))}</span>
      </label>
    ));

  return (
    <form className="export-form" onSubmit={(e) => (e.preventDefault(), onSubmit())}>
      <fieldset>
        <legend>{t('export.scope')}</legend>
        {radios(
          'scope',
          EXPORT_SCOPES,
          options.scope,
          (s) => (s === 'branch' && !branchPossible ? 'export.scope.branchNone' : `export.scope.${s}`),
          (scope) => set({ scope }),
          (s) => s === 'branch' && !branchPossible,
        )}
      </fieldset>
      <fieldset>
        <legend>{t('export.layout')}</legend>
        {radios(
          'layout',
          LAYOUT_CHOICES,
          ownView ? viewLayout : options.layout,
          (l) => `export.layout.${l}`,
          (layout) => set({ layout }),
          () => ownView,
        )}
        {ownView && <p className="muted">{t('export.layout.viewNote')}</p>}
      </fieldset>
      <fieldset>
        <legend>{t('export.size')}</legend>
        {radios(
          'size',
          SIZE_PRESETS,
          options.size,
          (s) => `export.size.${s}`,
          (size) => set({ size }),
        )}
        {options.size === 'custom' && (
          <label className="export-width">
            <span>{t('export.customWidth')}</span>
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_CUSTOM}
              step={1}
              value={widthText}
              aria-invalid={!validWidth(widthText)}
              onChange={(e) => {
                setWidthText(e.target.value);
                const w = Number(e.target.value);
                if (Number.isInteger(w) && w >= 1 && w <= MAX_CUSTOM) set({ customWidth: w });
              }}
            />
          </label>
        )}
        {options.size === 'custom' && !validWidth(widthText) && (
          <p className="export-error">{t('export.error.width')}</p>
        )}
        {isPage(options.size) && (
          <div className="export-inline" role="group" aria-label={t('export.orientation')}>
            {radios(
              'orientation',
              ['portrait', 'landscape'] as const,
              options.orientation,
              (o) => `export.orientation.${o}`,
              (orientation) => set({ orientation }),
            )}
          </div>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('export.background')}</legend>
        {radios(
          'background',
          EXPORT_BACKGROUNDS,
          options.background,
          (b) => `export.bg.${b}`,
          (background) => set({ background }),
        )}
      </fieldset>
      <fieldset>
        <legend>{t('export.include')}</legend>
        {(['title', 'legend', 'footer'] as const).map((k) => (
          <label key={k} className="export-choice">
            <input type="checkbox" checked={options[k]} onChange={(e) => set({ [k]: e.target.checked })} />
            <span>{t(`export.include.${k}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('export.format')}</legend>
        {radios(
          'format',
          ['png', 'svg'] as const,
          options.format,
          (f) => `export.format.${f}`,
          (format) => set({ format }),
        )}
      </fieldset>
    </form>
  );
}
