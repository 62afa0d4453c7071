import type { GraphModel } from '../domain/graph-model';
import type { Lang } from '../i18n/lang';
import { useT } from '../store/use-t';
import { KindIcon } from '../panels/KindIcon';
import { useApp } from '../store/app-store';

/** How deep the big-button outline goes: the plan, its parts and their members (three levels). */
const DEPTH = 3;

interface Props {
  /** Tap on an entry; the kiosk reveals it on the canvas, safe mode shows its summary. */
  onPick(id: string): void;
  /** Safe mode shows each entry's summary under its label. */
  summaries?: boolean;
  picked?: string | null;
}

/**
 * The outline as big touch buttons: every root, its parts, and their members, in the order of the data. Used
 * by the kiosk's outline drawer and by safe mode (with summaries, no canvas).
 */
export function KioskOutline({ onPick, summaries = false, picked = null }: Props) {
  const model = useApp((s) => s.model);
  const lang = useApp((s) => s.lang);
  const t = useT();
  if (!model) return null;
  return (
    <nav className="kiosk-outline" aria-label={t('kiosk.outline')}>
      {model.roots.map((id) => (
        <Group key={id} model={model} id={id} level={1} lang={lang} {...{ onPick, summaries, picked }} />
      ))}
    </nav>
  );
}

function Group(props: Props & { model: GraphModel; id: string; level: number; lang: Lang }) {
  const { model, id, level, lang, onPick, summaries, picked } = props;
  const node = model.nodes.get(id);
  if (!node) return null;
  const children = level < DEPTH ? (model.children.get(id) ?? []) : [];
  const leafRow = children.length > 0 && children.every((c) => !(model.children.get(c)?.length ?? 0));
  return (
    <section className={`kiosk-group level-${level}`}>
      <button
        type="button"
        className="kiosk-entry"
        data-id={id}
        aria-pressed={picked === id}
        onClick={() => onPick(id)}
      >
        <KindIcon kind={node.kind} size={level === 1 ? 26 : 22} />
        <span className="kiosk-entry-text">
          <span className="kiosk-entry-label">{node.label[lang]}</span>
          {summaries && <span className="kiosk-entry-summary">{node.summary[lang]}</span>}
        </span>
      </button>
      {children.length > 0 && (
        <div className={leafRow || level === DEPTH - 1 ? 'kiosk-members' : 'kiosk-subgroups'}>
          {children.map((c) => (
            <Group key={c} {...props} id={c} level={level + 1} />
          ))}
        </div>
      )}
    </section>
  );
}
