import { found, requireActor } from '$lib/server/guard';
import { signalsGuide } from '$lib/server/knowledge';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => found(signalsGuide(requireActor(locals, url)));
