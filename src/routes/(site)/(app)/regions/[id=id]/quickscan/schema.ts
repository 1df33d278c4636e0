import { z } from 'zod';
import type { QuickscanAnswer } from '$lib/domain/quickscan';
import { limits } from '$lib/domain/limits';
import { quickscanThemes, readinessStatuses, type QuickscanTheme } from '$lib/domain/vocabularies';
import { constraintsOf, editSchema, field, type FieldsOf } from '$lib/server/forms';

const status = () =>
	z
		.enum(['', ...readinessStatuses])
		.optional()
		.transform((v) => (v ? v : null));

const words = () => field.optionalText(limits.textMax).transform((v) => v ?? '');

type ThemeShape = { [T in QuickscanTheme as `${T}Status`]: ReturnType<typeof status> } & {
	[T in QuickscanTheme as `${T}Present`]: ReturnType<typeof words>;
} & { [T in QuickscanTheme as `${T}Strengthen`]: ReturnType<typeof words> };

/** Three fields per theme: `<theme>Status` (a radio, none chosen is allowed), `<theme>Present`, `<theme>Strengthen`. */
const shape = Object.fromEntries(
	quickscanThemes.flatMap((theme) => [
		[`${theme}Status`, status()],
		[`${theme}Present`, words()],
		[`${theme}Strengthen`, words()]
	])
) as ThemeShape;

export const quickscanSchema = editSchema(z.object(shape));

export type QuickscanFields = FieldsOf<typeof quickscanSchema>;

export const quickscanConstraints = constraintsOf(quickscanSchema);

/** The parsed form as the answers of a round, one per theme. */
export const answersOf = (data: z.output<typeof quickscanSchema>): QuickscanAnswer[] =>
	quickscanThemes.map((theme) => ({
		theme,
		status: data[`${theme}Status`],
		present: data[`${theme}Present`],
		strengthen: data[`${theme}Strengthen`]
	}));
