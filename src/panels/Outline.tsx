import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { GraphModel } from '../domain/graph-model';
import type { Lang } from '../i18n/lang';
import { useT } from '../store/use-t';
import { useApp } from '../store/app-store';
import { useExpanded } from '../store/use-expanded';
import { shownNodes } from '../view/view-ops';
import { treeNav, type NavKey } from '../view/tree-nav';
import { KindIcon } from './KindIcon';
import { ROW_HEIGHT, useRowWindow, WINDOW_FROM } from './use-row-window';

const NAV_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

/** The accessible way to read the graph: the same hierarchy as a keyboard-operable tree, synced with the canvas. */
export function Outline() {
  const t = useT();
  const model = useApp((s) => s.model);
  const selected = useApp((s) => s.selected);
  const lang = useApp((s) => s.lang);
  const expanded = useExpanded();
  const rows = useMemo(() => (model ? shownNodes(model, expanded) : []), [model, expanded]);
  const [focused, setFocused] = useState<string | null>(null);
  const treeRef = useRef<HTMLUListElement>(null);
  const rowIndex = useMemo(() => new Map(rows.map((id, i) => [id, i])), [rows]);
  const active =
    focused && rowIndex.has(focused) ? focused : selected && rowIndex.has(selected) ? selected : rows[0];
  const windowed = rows.length >= WINDOW_FROM;
  const { range, ensure } = useRowWindow(treeRef, rows.length, windowed);
  const scrolledTo = useRef<string | undefined>(undefined);

  // A selection made elsewhere (canvas, search) moves the outline's focus row with it.
  const [seenSelected, setSeenSelected] = useState(selected);
  if (seenSelected !== selected) {
    setSeenSelected(selected);
    if (selected) setFocused(selected);
  }
  useEffect(() => {
    if (!active || !treeRef.current?.contains(document.activeElement)) return;
    const row = treeRef.current.querySelector<HTMLElement>(`[data-id="${active}"]`);
    if (row) row.focus();
    // Scroll a windowed row into view once when it becomes active, not again whenever the reader scrolls.
    else if (scrolledTo.current !== active) ensure(rowIndex.get(active) ?? 0);
    scrolledTo.current = active;
  }, [active, range, rowIndex, ensure]);

  if (!model) return null;
  const app = useApp.getState();

  const onKeyDown = (e: KeyboardEvent) => {
    if (!active) return;
    if (NAV_KEYS.has(e.key)) {
      e.preventDefault();
      const r = treeNav(model, rows, expanded, active, e.key as NavKey);
      if (r && 'move' in r) setFocused(r.move);
      else if (r && 'expand' in r) app.expand(r.expand);
      else if (r && 'collapse' in r) app.collapse(r.collapse);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      app.reveal(active);
    } else if (e.key === '+' || e.key === '=') {
      app.expand(active);
    } else if (e.key === '-') {
      app.collapse(active);
    }
  };

  const shared = { model, expanded, selected, active, lang, onFocusRow: setFocused };
  if (windowed)
    return (
      <ul
        role="tree"
        aria-label={t('outline.label')}
        className="outline outline-windowed"
        ref={treeRef}
        onKeyDown={onKeyDown}
      >
        <li role="none" style={{ height: range.first * ROW_HEIGHT }} />
        {rows.slice(range.first, range.last).map((id) => {
          const parent = model.parent.get(id);
          const family = parent === undefined ? model.roots : model.children.get(parent)!;
          return (
            <Item
              {...shared}
              key={id}
              id={id}
              level={model.level.get(id) ?? 1}
              pos={family.indexOf(id) + 1}
              size={family.length}
              flat
            />
          );
        })}
        <li role="none" style={{ height: (rows.length - range.last) * ROW_HEIGHT }} />
      </ul>
    );

  return (
    <ul role="tree" aria-label={t('outline.label')} className="outline" ref={treeRef} onKeyDown={onKeyDown}>
      {model.roots.map((id, i) => (
        <Item {...shared} key={id} id={id} level={1} pos={i + 1} size={model.roots.length} />
      ))}
    </ul>
  );
}

interface ItemProps {
  model: GraphModel;
  id: string;
  level: number;
  pos: number;
  size: number;
  expanded: ReadonlySet<string>;
  selected: string | null;
  active: string | undefined;
  lang: Lang;
  onFocusRow(id: string): void;
  /** Windowed outlines list every row at the top level, with aria-level saying where it sits. */
  flat?: boolean;
}

/**
 * A row is a treeitem named by its own text (label, +N). Its open group follows it as a sibling that the row owns
 * (aria-owns) rather than inside it, so the row's name never takes in the rows below.
 */
function Item(props: ItemProps) {
  const { model, id, level, expanded, selected, active, lang } = props;
  const node = model.nodes.get(id)!;
  const children = model.children.get(id) ?? [];
  const open = expanded.has(id);
  const groupId = useId();
  const showGroup = open && children.length > 0 && !props.flat;
  const app = useApp.getState();
  const row = (
    <li
      role="treeitem"
      aria-level={level}
      aria-posinset={props.pos}
      aria-setsize={props.size}
      aria-expanded={children.length ? open : undefined}
      aria-selected={selected === id}
      aria-owns={showGroup ? groupId : undefined}
      tabIndex={active === id ? 0 : -1}
      data-id={id}
      className="outline-item"
      onFocus={(e) => {
        if (e.target === e.currentTarget) props.onFocusRow(id);
      }}
    >
      <div className="outline-row" style={{ paddingInlineStart: `${(level - 1) * 14}px` }}>
        {children.length ? (
          <span
            className="twisty"
            aria-hidden="true"
            onClick={(e) => {
              e.stopPropagation();
              if (open) app.collapse(id);
              else app.expand(id);
            }}
          >
            {open ? '▾' : '▸'}
          </span>
        ) : (
          <span className="twisty" aria-hidden="true" />
        )}
        <span className="outline-label" onClick={() => app.reveal(id)}>
          <KindIcon kind={node.kind} size={14} />
          <span>{node.label[lang]}</span>
          {!open && children.length > 0 && <span className="outline-count">+{children.length}</span>}
        </span>
      </div>
    </li>
  );
  return (
    <>
      {row}
      {showGroup && (
        <li role="none">
          <ul role="group" id={groupId}>
            {children.map((c, i) => (
              <Item {...props} key={c} id={c} level={level + 1} pos={i + 1} size={children.length} />
            ))}
          </ul>
        </li>
      )}
    </>
  );
}
