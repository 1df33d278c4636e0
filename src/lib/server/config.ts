import { env } from 'node:process';
import path from 'node:path';

/** Read once at start; every setting has a working default so `npm start` needs none. */
export const config = {
	dataDir: path.resolve(env.DATA_DIR ?? './data'),
	databaseUrl: env.DATABASE_URL || null,
	smtpUrl: env.SMTP_URL || null,
	mailFrom: env.MAIL_FROM ?? 'Samen Doorbreken <noreply@samen-doorbreken.local>',
	origin: env.ORIGIN ?? `http://localhost:${env.PORT ?? '3000'}`,
	authSecret: env.AUTH_SECRET ?? null,
	/** Where vulnerabilities are reported (`mailto:` or `https:`), for `/.well-known/security.txt`. */
	securityContact: env.SECURITY_CONTACT || null,
	loginAttemptsPerWindow: Number(env.LOGIN_ATTEMPTS ?? 10),
	loginWindowSeconds: Number(env.LOGIN_WINDOW_SECONDS ?? 15 * 60),
	/** Background jobs: how often an idle worker looks for due work, the first retry's wait, and
	 * how long a claimed job stays with a worker that may have died (other instances then take it). */
	jobPollMs: Number(env.JOB_POLL_MS ?? 1000),
	jobRetrySeconds: Number(env.JOB_RETRY_SECONDS ?? 5),
	jobLeaseSeconds: Number(env.JOB_LEASE_SECONDS ?? 300),
	/** Months after the last meeting of a person's last series before their data is anonymised (issue #11 item 3). */
	retentionMonths: Number(env.RETENTION_MONTHS ?? 12),
	/** Months after which a social-map entry nobody checked is flagged for the coordinators (issue #13). */
	mapStaleMonths: Number(env.MAP_STALE_MONTHS ?? 6),
	/** Months the audit log keeps an entry; never less than 12, which its trigger enforces too. */
	auditRetentionMonths: Math.max(12, Number(env.AUDIT_RETENTION_MONTHS ?? 24))
};
