export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh';
export const isLang = (v: unknown): v is Lang => v === 'zh' || v === 'en';
