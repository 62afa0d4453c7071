import { useMemo } from 'react';
import { useApp } from '../store/app-store';
import { translator, type Translate } from './translate';

export function useT(): Translate {
  const lang = useApp((s) => s.lang);
  return useMemo(() => translator(lang), [lang]);
}
