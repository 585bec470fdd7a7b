/** The value below which a share `q` of the sorted sample falls (nearest rank). */
export const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
