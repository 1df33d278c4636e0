import { APIError } from 'better-auth/api';
import type { Auth } from './auth/auth';
import { loginSucceeded, takeLoginAttempt } from './auth/loginLimit';
import type { Db } from './db';

export type SignInResult = { ok: true } | { ok: false; reason: 'wrongCredentials' } | { ok: false; reason: 'tooManyAttempts'; waitSeconds: number };

/** The attempt is counted before the password is checked, so a refused attempt is never evaluated. */
export async function signIn(db: Db, auth: Auth, input: { email: string; password: string; ip: string }): Promise<SignInResult> {
	const waitSeconds = await takeLoginAttempt(db, input.email, input.ip);
	if (waitSeconds > 0) return { ok: false, reason: 'tooManyAttempts', waitSeconds };
	try {
		await auth.api.signInEmail({ body: { email: input.email, password: input.password } });
	} catch (error) {
		if (!(error instanceof APIError)) throw error;
		return { ok: false, reason: 'wrongCredentials' };
	}
	await loginSucceeded(db, input.email, input.ip);
	return { ok: true };
}
