/**
 * Group sizes for one round (issue 3): the fewest groups that respect the maximum, sizes
 * differing by at most one, largest first; fewer present than the minimum gives one group.
 */
export function groupSizes(present: number, min: number, max: number): number[] {
	if (present <= 0) return [];
	if (present < min) return [present];
	const groups = Math.ceil(present / max);
	const base = Math.floor(present / groups);
	const larger = present % groups;
	return Array.from({ length: groups }, (_, g) => (g < larger ? base + 1 : base));
}
