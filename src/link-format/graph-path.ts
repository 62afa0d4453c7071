/** `?graph=<path>`: a same-origin graph file named by path; kept in the link so the link still opens it. */
export function graphPathOf(search: string): string | undefined {
  try {
    const path = new URLSearchParams(search).get('graph');
    return path && path.length <= 512 ? path : undefined;
  } catch {
    return undefined;
  }
}
