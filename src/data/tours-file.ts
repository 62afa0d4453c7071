/**
 * The build writes a graph's validated tours, in order, to graph-data/<graph>/tours.json
 * (`{ "version": 1, "tours": [...] }`); the app fetches it beside graph.json.
 */
export const TOURS_FILE = 'tours.json';
