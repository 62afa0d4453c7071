import { useRef } from 'react';
import { isLocalGraphId } from '../data/local-graphs';
import { loadGraph, openFiles, removeLocalGraph } from '../data/graph-loader';
import { ACCEPTED_FILES } from '../sheets/file-types';
import { SheetsMenu } from './SheetsMenu';
import { useT } from '../store/use-t';
import { useApp } from '../store/app-store';

/**
 * Which graph is shown: the shipped ones, those opened from files on this device, "open file" (a graph .json,
 * a spreadsheet or an outline) and the spreadsheet downloads.
 */
export function GraphPicker() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const index = useApp((s) => s.index);
  const local = useApp((s) => s.localGraphs);
  const graphId = useApp((s) => s.graphId);
  const graphPath = useApp((s) => s.graphPath);
  const model = useApp((s) => s.model);
  const input = useRef<HTMLInputElement>(null);
  if (!index) return null;
  const listedOrLocal = index.graphs.some((g) => g.id === graphId) || local.some((g) => g.id === graphId);
  return (
    <div className="graph-picker" data-kiosk="hide">
      <label>
        <span className="visually-hidden">{t('graph.picker')}</span>
        <select
          aria-label={t('graph.picker')}
          value={graphId}
          onChange={(e) => void loadGraph(e.target.value)}
        >
          {index.graphs.map((g) => (
            <option key={g.id} value={g.id}>
              {g.title[lang]}
            </option>
          ))}
          {local.map((g) => (
            <option key={g.id} value={g.id}>
              {t('graph.local', { title: g.title[lang] })}
            </option>
          ))}
          {!listedOrLocal && model && graphId && (
            <option value={graphId}>{graphPath ?? model.graph.meta.title[lang]}</option>
          )}
        </select>
      </label>
      <button type="button" aria-label={t('graph.openLabel')} onClick={() => input.current?.click()}>
        {t('graph.open')}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_FILES}
        multiple
        hidden
        data-testid="graph-file-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) void openFiles(files);
        }}
      />
      <SheetsMenu />
      {isLocalGraphId(graphId) && local.some((g) => g.id === graphId) && (
        <button type="button" onClick={() => void removeLocalGraph(graphId!)}>
          {t('graph.remove')}
        </button>
      )}
    </div>
  );
}
