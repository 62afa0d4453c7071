import { en } from './en';
import type { Lang } from './lang';
import { zh, type Dictionary, type MessageKey } from './zh';

const dictionaries: Record<Lang, Dictionary> = { zh, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** `{name}` placeholders are filled from params; the result is plain text, never HTML. */
export function translator(lang: Lang): Translate {
  const dict = dictionaries[lang];
  return (key, params) => {
    const text = dict[key];
    return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m)) : text;
  };
}
