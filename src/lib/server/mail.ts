import { eq } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import { config } from './config';
import type { Db } from './db';
import { outbox } from './db/schema';

export interface Mail {
	organisationId: string | null;
	to: string;
	subject: string;
	text: string;
}

let transport: Transporter | null = null;

/**
 * Keeps every message in the outbox first, then hands it to SMTP when configured. Without SMTP
 * the message is written to the log, and a coordinator reads it in the outbox.
 */
export async function sendMail(db: Db, mail: Mail): Promise<void> {
	const [row] = await db
		.insert(outbox)
		.values({ organisationId: mail.organisationId, recipient: mail.to, subject: mail.subject, body: mail.text })
		.returning({ id: outbox.id });
	if (!row) return;
	if (!config.smtpUrl) {
		console.info(`[mail] to ${mail.to}: ${mail.subject}\n${mail.text}`);
		return;
	}
	transport ??= nodemailer.createTransport(config.smtpUrl);
	try {
		await transport.sendMail({ from: config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text });
		await db.update(outbox).set({ sentAt: new Date() }).where(eq(outbox.id, row.id));
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		console.error(`[mail] could not send to ${mail.to}: ${reason}`);
		await db.update(outbox).set({ error: reason.slice(0, 500) }).where(eq(outbox.id, row.id));
	}
}
