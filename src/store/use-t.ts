import { useMemo } from 'react';
import { useApp } from './app-store';
import { translator, type Translate } from '../i18n/translate';

export function useT(): Translate {
  const lang = useApp((s) => s.lang);
  return useMemo(() => translator(lang), [lang]);
}
