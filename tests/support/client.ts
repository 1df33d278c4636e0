/**
 * A cookie-keeping HTTP client that posts forms the way a browser without JavaScript does,
 * including the Origin header SvelteKit checks on form posts.
 */
export class Client {
	private cookies = new Map<string, string>();

	/** `origin` is what the browser would name in the Origin header: the public address (`ORIGIN`). */
	constructor(
		readonly base: string,
		readonly origin = base
	) {}

	private remember(res: Response) {
		for (const line of res.headers.getSetCookie()) {
			const [pair] = line.split(';');
			const eq = pair!.indexOf('=');
			const name = pair!.slice(0, eq).trim();
			const value = pair!.slice(eq + 1).trim();
			if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
			else this.cookies.set(name, value);
		}
	}

	private headers(extra: Record<string, string> = {}) {
		const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
		return { ...(cookie ? { cookie } : {}), ...extra };
	}

	async get(path: string): Promise<Response> {
		const res = await fetch(this.base + path, { redirect: 'manual', headers: this.headers({ accept: 'text/html' }) });
		this.remember(res);
		return res;
	}

	/** A GET whose body the caller reads as it arrives (a live channel); `signal` ends it. */
	async stream(path: string, signal: AbortSignal, headers: Record<string, string> = {}): Promise<Response> {
		return fetch(this.base + path, { redirect: 'manual', signal, headers: this.headers({ accept: 'text/event-stream', ...headers }) });
	}

	async post(path: string, fields: Record<string, string | string[]>): Promise<Response> {
		const body = new URLSearchParams();
		for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
		const res = await fetch(this.base + path, {
			method: 'POST',
			redirect: 'manual',
			body,
			headers: this.headers({ origin: this.origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' })
		});
		this.remember(res);
		return res;
	}

	/**
	 * A form action posted as `use:enhance` posts it: the answer is the action's outcome as JSON
	 * (`success`, `failure`, `redirect`), without the page being rendered again.
	 */
	async action(path: string, fields: Record<string, string>): Promise<{ type: string; status: number }> {
		const res = await fetch(this.base + path, {
			method: 'POST',
			redirect: 'manual',
			body: new URLSearchParams(fields),
			headers: this.headers({
				origin: this.base,
				accept: 'application/json',
				'x-sveltekit-action': 'true',
				'content-type': 'application/x-www-form-urlencoded'
			})
		});
		this.remember(res);
		const answer = (await res.json()) as { type: string; status?: number };
		return { type: answer.type, status: answer.status ?? res.status };
	}

	async postMultipart(path: string, form: FormData): Promise<Response> {
		const res = await fetch(this.base + path, {
			method: 'POST',
			redirect: 'manual',
			body: form,
			headers: this.headers({ origin: this.origin, accept: 'text/html' })
		});
		this.remember(res);
		return res;
	}

	/**
	 * A second client holding the same cookies, as someone who copied them would; with `base`, the
	 * same browser reaching another instance of the app behind one address.
	 */
	copy(base = this.base): Client {
		// Another instance checks the Origin header against its own address.
		const other = new Client(base, base === this.base ? this.origin : base);
		for (const [name, value] of this.cookies) other.cookies.set(name, value);
		return other;
	}

	async signIn(email: string, password: string): Promise<void> {
		const res = await this.post('/login', { email, password });
		if (res.status !== 303) throw new Error(`sign-in failed with ${res.status}: ${(await res.text()).slice(0, 300)}`);
	}
}
