/**
 * The files the build validated, known by their SHA-256 (written into index.html at build time). A fetched file
 * with the same digest is byte for byte what passed every rule, so it is parsed here and shown at once instead of
 * waiting for the read worker to start and validate it again. Anything else (a hand-edited file, the dev server,
 * a page without Web Crypto) takes the full validation path, as every file a reader opens does.
 */
export type ShippedDigests = Record<string, string>;

export const SHIPPED_DATA_META = 'taigu-shipped-data';

let digests: ShippedDigests | undefined;

function expectedDigests(): ShippedDigests {
  if (digests) return digests;
  digests = {};
  if (typeof document === 'undefined') return digests;
  const content = document.querySelector(`meta[name="${SHIPPED_DATA_META}"]`)?.getAttribute('content');
  try {
    const value = content ? (JSON.parse(content) as unknown) : undefined;
    if (value && typeof value === 'object') digests = value as ShippedDigests;
  } catch {
    // A damaged tag only costs the fast path.
  }
  return digests;
}

/** Whether the build listed any files (production builds do; the dev server serves live, unchecked data). */
export const hasShippedDigests = () => Object.keys(expectedDigests()).length > 0;

/** True when `text`, fetched from `graph-data/<path>`, is exactly the file the build validated. */
export async function isShippedAsBuilt(path: string, text: string): Promise<boolean> {
  const expected = expectedDigests()[path];
  const subtle = globalThis.crypto?.subtle;
  if (!expected || !subtle) return false;
  try {
    const hash = await subtle.digest('SHA-256', new TextEncoder().encode(text));
    const hex = Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('');
    return hex === expected;
  } catch {
    return false;
  }
}

/** Test hook: forget the digests read from the page. */
export function resetShippedDigests(): void {
  digests = undefined;
}
