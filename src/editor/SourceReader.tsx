import { useMemo } from 'react';
import { sentenceCoverage } from '../domain/sentence-coverage';
import { useApp } from '../store/app-store';
import { useT } from '../store/use-t';
import { SourceText } from './SourceText';
import './editor.css';

/**
 * For readers of a finished graph: the source beside it, with the sentences no node quotes marked and counted,
 * and the selected node's quote highlighted — what of the text the graph does not cover.
 */
export default function SourceReader({ onClose }: { onClose(): void }) {
  const t = useT();
  const model = useApp((s) => s.model);
  const paragraphs = useApp((s) => s.paragraphs);
  const selected = useApp((s) => s.selected);
  const coverage = useMemo(() => {
    if (!model) return undefined;
    const { nodes, edges, meta } = model.graph;
    const evidence = [
      ...nodes.map((n) => n.evidence),
      ...edges.flatMap((e) => (e.evidence ? [e.evidence] : [])),
    ];
    return sentenceCoverage(paragraphs, evidence, meta.source.frontMatter);
  }, [model, paragraphs]);
  if (!model || !coverage) return null;
  return (
    <section className="editor-source" aria-labelledby="source-reader-title">
      <h2 id="source-reader-title" className="outline-title">
        {t('editor.read')}
      </h2>
      <p className="editor-coverage" data-testid="coverage" data-uncovered={coverage.uncovered}>
        {coverage.uncovered === 0
          ? t('editor.coverageAll')
          : t('editor.coverage', {
              uncovered: coverage.uncovered,
              sentences: coverage.sentences,
              paragraphs: coverage.uncoveredParagraphs,
            })}
      </p>
      <div className="editor-actions">
        <button type="button" onClick={onClose}>
          {t('editor.backToOutline')}
        </button>
      </div>
      <SourceText
        readOnly
        paragraphs={paragraphs}
        coverage={coverage.paragraphs}
        evidence={selected ? model.nodes.get(selected)?.evidence : undefined}
      />
    </section>
  );
}
