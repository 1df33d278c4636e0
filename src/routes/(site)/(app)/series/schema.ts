import { z } from 'zod';
import { seriesKinds, seriesModes } from '$lib/domain/vocabularies';
import { limits } from '$lib/domain/limits';
import { constraintsOf, editSchema, field, type FieldsOf } from '$lib/server/forms';

const partnerList = z
	.string()
	.max(limits.textMax)
	.optional()
	.transform((v) =>
		[...new Set((v ?? '').split('\n').map((line) => line.trim()).filter(Boolean))].slice(0, 50)
	);

const optionalUuid = z
	.string()
	.optional()
	.transform((v) => (v ? v : null))
	.pipe(field.uuid().nullable());

export const settingsSchema = z.object({
	name: field.text(limits.nameMax),
	mode: z.enum(seriesModes),
	regionId: optionalUuid,
	partnerOrganisations: partnerList
});

export const newSeriesSchema = settingsSchema.extend({
	kind: z.enum(seriesKinds),
	startDate: field.date(),
	startTime: field.time(),
	intervalDays: field.int(limits.intervalMin, limits.intervalMax),
	durationMinutes: field.int(limits.durationMin, limits.durationMax),
	count: field.int(1, limits.meetingCountMax),
	includeDecidingMeeting: field.checkbox(),
	location: field.optionalText(limits.nameMax * 2),
	onlineLink: field.optionalWebLink(limits.urlMax)
});

export const editSettingsSchema = editSchema(settingsSchema);

export type SettingsFields = FieldsOf<typeof settingsSchema>;
export type NewSeriesFields = FieldsOf<typeof newSeriesSchema>;

export const newSeriesConstraints = constraintsOf(newSeriesSchema);
