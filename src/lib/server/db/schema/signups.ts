import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { belongsTo, createdAt } from './columns';
import { organisation } from './organisations';
import { series } from './series';

/**
 * A public sign-up for a series (issue #12 item 7), waiting for the coordinator. Not yet a person:
 * it holds what the person typed and the consent they gave on the form (its wording and moment),
 * which becomes the person's `consent` rows (method `online`) when the sign-up is accepted. It is
 * deleted when accepted or declined, and by the retention job when nobody did either.
 */
export const signup = pgTable(
	'signup',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: belongsTo('organisation_id', () => organisation.id),
		seriesId: belongsTo('series_id', () => series.id),
		name: text('name').notNull(),
		email: text('email'),
		phone: text('phone'),
		/** The phone's digits (`phoneKey`), to find the same number typed another way. */
		phoneKey: text('phone_key'),
		/** "What brings you", read by the coordinator only; it goes with the sign-up. */
		motivation: text('motivation'),
		/** The language of the form, for the kind mails. */
		locale: text('locale').notNull(),
		consentWording: text('consent_wording').notNull(),
		consentGivenAt: timestamp('consent_given_at', { withTimezone: true }).notNull(),
		createdAt: createdAt()
	},
	(t) => [
		index('signup_series_idx').on(t.organisationId, t.seriesId, t.createdAt),
		// One sign-up per series per address or number: a second one (or a double submit) stores nothing.
		uniqueIndex('signup_series_email_idx')
			.on(t.seriesId, sql`lower(${t.email})`)
			.where(sql`${t.email} is not null`),
		uniqueIndex('signup_series_phone_idx')
			.on(t.seriesId, t.phoneKey)
			.where(sql`${t.phoneKey} is not null`)
	]
);

