import {
	isWorkingMethodId,
	methodsReferringTo,
	workingMethod,
	workingMethodGroups,
	workingMethodGroupTexts,
	methodsInGroup,
	type WorkingMethod,
	type WorkingMethodGroup,
	type WorkingMethodId
} from '../content/workingMethods';
import { fundsOfMethod, methodsOfFund } from '../content/fundMethods';
import type { NationalFund } from '../content/funds';
import * as signals from '../content/signals';
import type { Localised } from '../content/localised';
import { can, type Actor } from './auth/policies';
import { fail, ok, type Result } from './result';

/** A method as a link: its id, group and name. */
export interface MethodLink {
	id: WorkingMethodId;
	group: WorkingMethodGroup;
	name: Localised;
}

const linkTo = (id: WorkingMethodId): MethodLink => {
	const method = workingMethod(id);
	return { id, group: method.group, name: method.name };
};

/** The overview: the three groups with their methods' names and what each is. */
export function methodsOverview(actor: Actor) {
	if (!can.readKnowledge(actor)) return fail('notFound');
	return ok(
		workingMethodGroups.map((group) => ({
			group,
			...workingMethodGroupTexts[group],
			methods: methodsInGroup(group).map((method) => ({ ...linkTo(method.id), what: method.what }))
		}))
	);
}

/**
 * One method with the methods it refers to and those that refer to it; an id that is no method is
 * not found. Nothing here is about a person, so the page stores and asks nothing.
 */
export function methodFor(
	actor: Actor,
	id: string
): Result<
	{
		method: WorkingMethod;
		group: { name: Localised };
		related: MethodLink[];
		referredFrom: MethodLink[];
		relatedGroups: { group: WorkingMethodGroup; name: Localised }[];
		funds: { id: string; name: string }[];
	},
	'notFound'
> {
	if (!can.readKnowledge(actor) || !isWorkingMethodId(id)) return fail('notFound');
	const method = workingMethod(id);
	const referredFrom = methodsReferringTo(id).filter((other) => !method.related.includes(other));
	return ok({
		method,
		group: { name: workingMethodGroupTexts[method.group].name },
		related: method.related.map(linkTo),
		referredFrom: referredFrom.map(linkTo),
		relatedGroups: method.relatedGroups.map((group) => ({ group, name: workingMethodGroupTexts[group].name })),
		funds: fundsOfMethod(id).map((fund) => ({ id: fund.id, name: fund.name }))
	});
}

/** The working methods a national fund helps, as links for the fund's page. */
export function methodsOfFundFor(actor: Actor, fund: NationalFund): MethodLink[] {
	return can.readKnowledge(actor) ? methodsOfFund(fund).map(linkTo) : [];
}

/** The signals page: guidance first, then the signals, coping styles, self-stigma, levels and attitudes. */
export function signalsGuide(actor: Actor) {
	if (!can.readKnowledge(actor)) return fail('notFound');
	return ok({
		guidance: signals.signalGuidance,
		conversationSteps: signals.conversationSteps,
		conversationOpeners: signals.conversationOpeners,
		audiences: signals.signalAudiences,
		copingIntro: signals.copingIntro,
		copingStyles: signals.copingStyles,
		selfStigma: signals.selfStigma,
		threeLevelsIntro: signals.threeLevelsIntro,
		threeLevels: signals.threeLevels,
		attitudes: signals.professionalAttitudes,
		recognising: linkTo('recognisingAndDiscussing')
	});
}
