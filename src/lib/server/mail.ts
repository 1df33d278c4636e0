import nodemailer, { type Transporter } from 'nodemailer';
import { z } from 'zod';
import { config } from './config';
import type { Db } from './db';
import { withTransaction } from './db/transaction';
import { findOutboxMessage, insertOutboxMessage, markOutboxError, markOutboxSent } from './db/repositories/outbox';
import { enqueue } from './jobs/queue';
import type { JobOutcome } from './jobs/runner';

export interface Mail {
	organisationId: string | null;
	to: string;
	subject: string;
	text: string;
	/** Deliver no earlier than this (a calm moment, `domain/calmTiming.ts`); now when absent. */
	notBefore?: Date;
}

export const deliverMailJob = 'mail.deliver';

/** A mail server that is down for a while is retried for about two hours before the job gives up. */
const deliveryAttempts = 15;

let transport: Transporter | null = null;

/**
 * Keeps the message in the outbox and, when SMTP is configured, queues its delivery as a job —
 * both in the caller's transaction, so a rolled-back use-case sends nothing. Without SMTP the
 * message is written to the log, and a coordinator reads it in the outbox.
 */
export async function sendMail(db: Db, mail: Mail): Promise<void> {
	await withTransaction(db, async (tx) => {
		const id = await insertOutboxMessage(tx, {
			organisationId: mail.organisationId,
			recipient: mail.to,
			subject: mail.subject,
			body: mail.text
		});
		if (!config.smtpUrl) {
			console.info(`[mail] to ${mail.to}: ${mail.subject}\n${mail.text}`);
			return;
		}
		await enqueue(tx, {
			kind: deliverMailJob,
			organisationId: mail.organisationId,
			key: `mail:${id}`,
			payload: { outboxId: id },
			...(mail.notBefore && { runAt: mail.notBefore }),
			maxAttempts: deliveryAttempts
		});
	});
}

const deliveryPayload = z.object({ outboxId: z.uuid() });

/**
 * The job behind `sendMail`. A message already marked sent is not sent again, so a job that runs
 * twice (its worker died after marking) has one effect. The Message-ID is the outbox id, so a
 * receiving server can recognise the one duplicate left possible: a crash between the server's
 * "accepted" and our mark.
 */
export async function deliverMail(db: Db, payload: unknown): Promise<JobOutcome> {
	const parsed = deliveryPayload.safeParse(payload);
	if (!parsed.success) return { ok: false, code: 'gone', detail: 'payload is not an outbox id' };
	const message = await findOutboxMessage(db, parsed.data.outboxId);
	if (!message) return { ok: false, code: 'gone', detail: 'the message was removed' };
	if (message.sentAt) return { ok: true };
	if (!config.smtpUrl) return { ok: false, code: 'retry', detail: 'no mail server configured' };
	// Pooled: the connection stays open for the next message instead of a new handshake per mail.
	transport ??= nodemailer.createTransport({
		url: config.smtpUrl,
		pool: true,
		connectionTimeout: 10_000,
		greetingTimeout: 10_000,
		socketTimeout: 30_000
	});
	try {
		await transport.sendMail({
			from: config.mailFrom,
			to: message.recipient,
			subject: message.subject,
			text: message.body,
			messageId: `<${message.id}@samen-doorbreken>`
		});
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		await markOutboxError(db, message.id, reason);
		return { ok: false, code: 'retry', detail: reason };
	}
	await markOutboxSent(db, message.id);
	return { ok: true };
}
