import type { Db } from '$lib/server/db';
import type { Actor, JoinedViewer, ParticipantActor } from '$lib/server/auth/policies';
import type { Auth } from '$lib/server/auth/auth';

declare global {
	namespace App {
		interface Locals {
			db: Db;
			auth: Auth;
			/** Signed in but not (or no longer) a member of any organisation: null actor, set user. */
			user: { id: string; name: string; email: string } | null;
			actor: Actor | null;
			/**
			 * Whoever opened a personal link on this device (one per person; none: empty). Only the
			 * participant pages (`/mijn`) read it.
			 */
			participants: readonly ParticipantActor[];
			/** A screen or phone that joined one meeting with a code; read only under `/scherm` and `/doe-mee`. */
			joined: JoinedViewer | null;
			organisation: { id: string; name: string; themeColour: string | null; logoVersion: string | null } | null;
			/** Every organisation the member belongs to (one for most), for the header's switch. */
			organisations: { id: string; name: string }[];
		}
		interface Error {
			message: string;
		}
	}
}

export {};
