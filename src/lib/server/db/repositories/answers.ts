import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { answer, meeting, person, series } from '../schema';

/** The new answer's id, or null when this submission was stored before. */
export async function insertAnswerForCheckedMeeting(
	db: Db,
	meetingId: string,
	values: { partId: string | null; question: string; text: string; authorPersonId: string | null; submissionId: string }
): Promise<string | null> {
	const rows = await db
		.insert(answer)
		.values({ ...values, meetingId })
		.onConflictDoNothing({ target: [answer.meetingId, answer.submissionId] })
		.returning({ id: answer.id });
	return rows[0]?.id ?? null;
}

/** A meeting's answers, oldest first; the author's name only where one was given. */
export function listAnswers(db: Db, organisationId: string, meetingId: string) {
	return db
		.select({ id: answer.id, partId: answer.partId, question: answer.question, text: answer.text, authorName: person.name, createdAt: answer.createdAt })
		.from(answer)
		.innerJoin(meeting, eq(meeting.id, answer.meetingId))
		.innerJoin(series, eq(series.id, meeting.seriesId))
		.leftJoin(person, eq(person.id, answer.authorPersonId))
		.where(and(eq(series.organisationId, organisationId), eq(answer.meetingId, meetingId)))
		.orderBy(asc(answer.createdAt), asc(answer.id));
}
