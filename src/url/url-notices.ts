import { create } from 'zustand';
import type { UrlNotice } from './url-state';

interface UrlNoticesState {
  /** What was wrong with the link the page was opened (or navigated back) with; empty when nothing was. */
  notices: UrlNotice[];
  show(notices: UrlNotice[]): void;
  dismiss(): void;
}

/** The link's problems, kept apart from the app store: written by useUrlSync, read by LinkNotice. */
export const useUrlNotices = create<UrlNoticesState>()((set) => ({
  notices: [],
  show: (notices) => set({ notices }),
  dismiss: () => set({ notices: [] }),
}));
