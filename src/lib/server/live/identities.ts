import { identities } from '../auth/identityCache';
import type { RecordedEvent } from '../events/types';
import { liveHub } from './index';

/** Events after which no instance may keep serving an account's cached role, membership or session. */
const accountEvents = new Set<RecordedEvent['type']>(['member.roleChanged', 'member.removed', 'account.passwordReset']);
const accountChanged = (event: RecordedEvent): event is RecordedEvent & { payload: { userId: string } } =>
	accountEvents.has(event.type) && typeof (event.payload as { userId?: unknown }).userId === 'string';

/**
 * Makes this instance's identity cache hear member changes made on any instance, through the one
 * LISTEN the live hub already has, so a demoted or removed member is not served for another ten
 * seconds by a cache elsewhere. After a lost connection anything may have been missed, so the
 * whole cache goes.
 */
export async function forgetChangedMembers(): Promise<void> {
	(await liveHub()).observe({
		deliver: (event) => {
			if (accountChanged(event)) identities.forgetUser(event.payload.userId);
		},
		resync: () => identities.clear()
	});
}
