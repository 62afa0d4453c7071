import type { Figure } from './schema';
import { FIGURE_UNITS } from './vocabulary';

/** Chinese: the value and unit exactly as the document writes them (1275亿元, 10万吨). */
export function figureZh(f: Figure): string {
  return `${f.value}${f.unit}`;
}

/** English: the value converted to an English magnitude (1275亿元 → 127.5 billion yuan; 10万吨 → 100,000 tonnes). */
export function figureEn(f: Figure): string {
  const unit = FIGURE_UNITS[f.unit];
  const amount = f.value * unit.factor;
  const words = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const;
  let number = amount.toLocaleString('en-US', { maximumFractionDigits: 2 });
  for (const [size, word] of words) {
    if (amount >= size && unit.factor > 1e4) {
      number = `${(amount / size).toLocaleString('en-US', { maximumFractionDigits: 2 })} ${word}`;
      break;
    }
  }
  return unit.en ? `${number} ${unit.en}` : number;
}
