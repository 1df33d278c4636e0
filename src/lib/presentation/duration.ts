/** Whole seconds as a clock reads them: "4:05", "1:02:00"; never negative (the caller says "over"). */
export function clockText(seconds: number): string {
	const s = Math.abs(Math.trunc(seconds));
	const hours = Math.floor(s / 3600);
	const minutes = Math.floor((s % 3600) / 60);
	const rest = String(s % 60).padStart(2, '0');
	return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
