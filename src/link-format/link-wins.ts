import { graphPathOf } from './graph-path';
import { decodeView, namesView } from './url-decode';

/**
 * Whether the link the page was opened with decides what is shown: it names a view (anything beyond the bare
 * address) or a graph file. Such a link wins over a stored view; a bare address leaves the stored view in place.
 * The one place this is decided (the link sync and the stored view both ask here).
 */
export const linkWins = (search: string): boolean =>
  namesView(decodeView(search)) || graphPathOf(search) !== undefined;
