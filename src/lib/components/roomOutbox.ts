/**
 * A phone's messages on their way to the meeting (issue #10): each is kept on the phone, with the
 * id it was made with, until the server has answered it. A phone that loses its connection keeps
 * what was sent and sends it again when it is back; the server stores each id once, so a message
 * that did arrive before the connection dropped is not stored twice.
 */

import { deserialize } from '$app/forms';

export type Outgoing = { action: string; fields: Record<string, string>; queuedAt: number };
export type Delivery = { fields: Record<string, string>; outcome: 'sent' | 'refused'; message?: string };

const key = (scope: string) => `sd-room-outbox:${scope}`;

function read(scope: string): Outgoing[] {
	try {
		const parsed: unknown = JSON.parse(localStorage.getItem(key(scope)) ?? '[]');
		return Array.isArray(parsed) ? (parsed as Outgoing[]) : [];
	} catch {
		return [];
	}
}

function write(scope: string, items: Outgoing[]) {
	try {
		if (items.length) localStorage.setItem(key(scope), JSON.stringify(items));
		else localStorage.removeItem(key(scope));
	} catch {
		// a private window without storage: the message still goes now, it just cannot wait
	}
}

/** A fresh id for one message; `randomUUID` needs a secure context, so there is a fallback. */
export function newSubmissionId(): string {
	if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	bytes[6] = (bytes[6]! & 0x0f) | 0x40;
	bytes[8] = (bytes[8]! & 0x3f) | 0x80;
	const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const pendingCount = (scope: string) => read(scope).length;

export function enqueue(scope: string, item: Outgoing) {
	write(scope, [...read(scope), item]);
}

let flushing = false;

/**
 * Sends what waits, oldest first, as SvelteKit's enhanced forms do. Stops at the first network
 * failure (the rest waits for the next try); a message the server refused is handed back, not lost.
 */
export async function flush(scope: string, delivered: (delivery: Delivery) => void): Promise<'done' | 'offline'> {
	if (flushing) return 'done';
	flushing = true;
	try {
		for (;;) {
			const [item] = read(scope);
			if (!item) return 'done';
			let response: Response;
			try {
				response = await fetch(item.action, {
					method: 'POST',
					body: new URLSearchParams(item.fields),
					headers: { 'x-sveltekit-action': 'true', accept: 'application/json' }
				});
			} catch {
				return 'offline';
			}
			if (response.status >= 500) return 'offline';
			const result = deserialize(await response.text().catch(() => '{}'));
			write(scope, read(scope).filter((waiting) => waiting.fields.submissionId !== item.fields.submissionId));
			if (result.type === 'success') delivered({ fields: item.fields, outcome: 'sent' });
			else delivered({ fields: item.fields, outcome: 'refused', message: result.type === 'failure' ? firstError(result.data) : undefined });
		}
	} finally {
		flushing = false;
	}
}

/** The message beside the field of a form's failure (`{ errors: { text: '…' } }`). */
function firstError(data: Record<string, unknown> | undefined): string | undefined {
	const errors = data?.errors;
	if (!errors || typeof errors !== 'object') return undefined;
	return Object.values(errors).find((value): value is string => typeof value === 'string');
}
