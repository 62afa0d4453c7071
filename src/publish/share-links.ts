import type { AppState } from '../store/app-store';
import { viewOf, type ViewState } from '../view/view-state';
import { queryOf } from '../url/use-url-sync';
import { qrLink, type QrLink } from '../link-format/short-view';
import { withEmbed, withoutEmbed, type Ratio } from '../link-format/embed-params';

/** The app's own address without query or fragment (where this page is served). */
export const pageBase = (): string => `${window.location.origin}${window.location.pathname}`;

/** The link to the view shown now, as a full page (never an embed). */
export const viewLink = (s: AppState, base = pageBase()): string => base + withoutEmbed(queryOf(s));

/** The link a frame on another site shows: the same view with `embed`. */
export const embedLink = (s: AppState, ratio: Ratio, base = pageBase()): string =>
  base + withEmbed(queryOf(s), ratio);

/** The link for a QR code: the view's link, or a shorter form of the view when that is too long to scan. */
export function qrLinkOf(s: AppState, base = pageBase()): QrLink | undefined {
  if (!s.model) return undefined;
  const encode = (view: ViewState) => withoutEmbed(queryOf({ ...s, ...view }));
  return qrLink(base, viewOf(s), s.model, encode);
}
