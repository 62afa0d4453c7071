import taigu from '../../graph-data/taigu-2021/glossary.json';
import type { GlossaryTerm } from '../domain/glossary';

/**
 * The terms an author is offered while writing English: the shipped graph's glossary, the one agreed rendering
 * of each recurring Chinese term (graph:check holds the shipped graph to it).
 */
export const GLOSSARY_TERMS: readonly GlossaryTerm[] = (taigu as { terms: GlossaryTerm[] }).terms;
