import { figureEn, figureZh } from '../domain/figures';
import { pathToRoot } from '../domain/graph-model';
import { useT } from '../store/use-t';
import { useApp } from '../store/app-store';
import { useExpanded } from '../store/use-expanded';
import { EvidenceQuote } from './EvidenceQuote';
import { KindIcon } from './KindIcon';
import { NodeLink } from './NodeLink';

export function DetailsPanel() {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const model = useApp((s) => s.model);
  const selected = useApp((s) => s.selected);
  const expanded = useExpanded();
  const paragraphs = useApp((s) => s.paragraphs);
  const node = selected ? model?.nodes.get(selected) : undefined;

  if (!model || !node) {
    return (
      <section className="details" aria-labelledby="details-title">
        <h2 id="details-title">{t('details.title')}</h2>
        <p className="muted">{t('details.empty')}</p>
      </section>
    );
  }
  const other = lang === 'zh' ? 'en' : 'zh';
  const app = useApp.getState();
  const children = model.children.get(node.id) ?? [];
  const open = expanded.has(node.id);
  const supports = model.supportsOut.get(node.id) ?? [];
  const supportedBy = model.supportsIn.get(node.id) ?? [];
  const list = (ids: readonly string[]) =>
    ids.length ? (
      <ul className="link-list">
        {ids.map((id) => (
          <li key={id}>
            <NodeLink model={model} id={id} lang={lang} />
          </li>
        ))}
      </ul>
    ) : (
      <p className="muted">{t('details.none')}</p>
    );

  return (
    <section className="details" aria-labelledby="details-title" data-testid="details">
      <nav className="breadcrumb" aria-label={t('details.partOf')}>
        <ol>
          {pathToRoot(model, node.id).map((id) => (
            <li key={id}>
              <NodeLink model={model} id={id} lang={lang} />
            </li>
          ))}
        </ol>
      </nav>
      <h2 id="details-title" className="details-label">
        <KindIcon kind={node.kind} size={22} />
        <span lang={lang === 'zh' ? 'zh-CN' : 'en'}>{node.label[lang]}</span>
      </h2>
      <p className="details-other" lang={other === 'zh' ? 'zh-CN' : 'en'}>
        {node.label[other]}
      </p>
      <p className="details-kind">
        {t('details.kind')}: {t(`kind.${node.kind}`)}
      </p>
      {node.aliases?.length ? (
        <p className="details-aliases">
          {t('details.aliases')}: {node.aliases.join('、')}
        </p>
      ) : null}
      <p className="details-summary">{node.summary[lang]}</p>

      <div className="details-actions">
        {children.length > 0 && (
          <button type="button" onClick={() => (open ? app.collapse(node.id) : app.expand(node.id))}>
            {open ? t('details.collapse') : t('details.expand')}
          </button>
        )}
        {children.length > 0 && (
          <button type="button" onClick={() => app.expandBranch(node.id)}>
            {t('details.expandBranch')}
          </button>
        )}
        {supportedBy.length > 0 && (
          <button type="button" onClick={() => app.revealSupporters(node.id)}>
            {t('details.showSupporters')}
          </button>
        )}
      </div>

      {node.figures?.length ? (
        <>
          <h3>{t('details.figures')}</h3>
          <dl className="figures">
            {node.figures.map((f, i) => (
              <div key={i}>
                <dt>{f.what[lang]}</dt>
                <dd>{lang === 'zh' ? figureZh(f) : figureEn(f)}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}

      <h3>{t('details.evidence')}</h3>
      <p className="muted small">{t('details.paragraph', { n: node.evidence.paragraph })}</p>
      <EvidenceQuote paragraph={paragraphs[node.evidence.paragraph - 1]} quote={node.evidence.quote} />

      {children.length > 0 && (
        <>
          <h3>{t('details.children')}</h3>
          {list(children)}
        </>
      )}
      <h3>{t('details.supports')}</h3>
      {list(supports)}
      <h3>{t('details.supportedBy')}</h3>
      {list(supportedBy)}
    </section>
  );
}
