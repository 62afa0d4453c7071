/** Larger files are refused before they are read: no one's strategy graph is 20 MB, and a tab must not freeze. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
