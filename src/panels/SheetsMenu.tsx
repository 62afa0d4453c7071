import { saveFile as save } from './save-file';
import { useEffect, useId, useRef, useState } from 'react';
import './sheets-menu.css';
import { useT } from '../store/use-t';
import { useApp } from '../store/app-store';

type Download = 'xlsx' | 'csv' | 'template';

/**
 * "表格 / Spreadsheet" beside Open file: the graph on screen as an Excel workbook or a .zip of CSVs (with its
 * source text), or a template made from it, to fill in and open again. The writers load on the first click.
 */
export function SheetsMenu() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const listId = useId();
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    window.addEventListener('pointerdown', onDown);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('pointerdown', onDown);
      window.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const download = async (what: Download) => {
    const { model, lang, graphId, paragraphs } = useApp.getState();
    if (!model) return;
    setBusy(true);
    try {
      const sheets = await import('../sheets/export-sheets');
      const base = graphId ?? 'graph';
      if (what === 'xlsx') save(await sheets.graphXlsx(model.graph, lang), `${base}.xlsx`);
      // The source as paragraphs separated by a blank line: the same paragraphs, numbered the same.
      else if (what === 'csv')
        save(sheets.graphCsvZip(model.graph, lang, paragraphs.join('\n\n')), `${base}-csv.zip`);
      else save(await sheets.templateXlsx(model.graph, lang), `${base}-template.xlsx`);
    } finally {
      setBusy(false);
      setOpen(false);
      button.current?.focus();
    }
  };

  return (
    <div className="sheets-menu" ref={box}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={t('sheets.openLabel')}
        onClick={() => setOpen((o) => !o)}
      >
        {t('sheets.open')}
      </button>
      {open && (
        <div id={listId} className="sheets-list" role="group" aria-label={t('sheets.menu')}>
          <button type="button" disabled={busy} onClick={() => void download('xlsx')}>
            {t('sheets.xlsx')}
          </button>
          <button type="button" disabled={busy} onClick={() => void download('csv')}>
            {t('sheets.csv')}
          </button>
          <button type="button" disabled={busy} onClick={() => void download('template')}>
            {t('sheets.template')}
          </button>
          <p className="muted small">{t('sheets.hint')}</p>
        </div>
      )}
    </div>
  );
}
