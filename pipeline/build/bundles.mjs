/**
 * Which cached bundles of other versions of the code the launcher removes (launch.mjs): all but
 * the `keep` most recently used, and never one used within `inUseMs` of `now`, since another
 * process (a tree sharing this node_modules, building at the same time) may still load chunks
 * from it. Pure: the launcher gives the folders' times and removes what this returns.
 *
 * @param {{ name: string, usedMs: number }[]} others the other bundles and when each was last started
 * @param {number} now
 * @param {number} keep
 * @param {number} inUseMs
 * @returns {string[]} the names to remove
 */
export function bundlesToRemove(others, now, keep, inUseMs) {
  return [...others]
    .sort((a, b) => b.usedMs - a.usedMs || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(keep)
    .filter((b) => now - b.usedMs > inUseMs)
    .map((b) => b.name);
}
