import { type AnyPgColumn, customType, integer, timestamp, uuid } from 'drizzle-orm/pg-core';

export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/** A required link to a row of another table; the row goes when what it belongs to goes. */
export const belongsTo = (name: string, target: () => AnyPgColumn) =>
	uuid(name).notNull().references(target, { onDelete: 'cascade' });

/**
 * Bumped by every save of what it guards; a save based on an older version is refused, so two
 * people editing the same thing never silently erase each other's work.
 */
export const version = (name = 'version') => integer(name).notNull().default(1);

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
