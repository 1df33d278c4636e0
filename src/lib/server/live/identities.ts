import { identities } from '../auth/identityCache';
import type { RecordedEvent } from '../events/types';
import { liveHub } from './index';

/** Events after which no instance may keep serving a member's cached role or membership. */
const accountChanged = (event: RecordedEvent): event is RecordedEvent & { payload: { userId: string } } =>
	(event.type === 'member.roleChanged' || event.type === 'member.removed') && typeof (event.payload as { userId?: unknown }).userId === 'string';

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
