import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agendaPart } from './agenda';
import { belongsTo, createdAt } from './columns';
import { person } from './people';
import { meeting } from './series';

/**
 * An answer sent from a phone to the question on the screen (issue #10). The question is kept as
 * it was shown, since the agenda may change afterwards. Sent anonymously, it has no person: nothing
 * links it to whoever typed it. `submission_id` is made by the phone, so sending again (a double
 * tap, a connection coming back) stores it once.
 */
export const answer = pgTable(
	'answer',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		meetingId: belongsTo('meeting_id', () => meeting.id),
		partId: uuid('part_id').references(() => agendaPart.id, { onDelete: 'set null' }),
		question: text('question').notNull(),
		text: text('text').notNull(),
		authorPersonId: uuid('author_person_id').references(() => person.id, { onDelete: 'set null' }),
		submissionId: uuid('submission_id').notNull(),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('answer_submission_idx').on(t.meetingId, t.submissionId), index('answer_meeting_idx').on(t.meetingId, t.createdAt)]
);
