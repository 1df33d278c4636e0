import * as m from '$lib/paraglide/messages.js';
import type { OrganiserAdvice, PlanStepKey } from '$lib/domain/regionPlan';
import type { PartnerAsk, PartnerKind, PartnerStatus } from '$lib/domain/vocabularies';

/** The region plan's codes in the reader's language (issue #12). */
export const partnerKindLabel = (kind: PartnerKind): string =>
	({
		municipality: m.plan_partner_kind_municipality(),
		welfare: m.plan_partner_kind_welfare(),
		debtHelp: m.plan_partner_kind_debtHelp(),
		faithCommunity: m.plan_partner_kind_faithCommunity(),
		education: m.plan_partner_kind_education(),
		health: m.plan_partner_kind_health(),
		housing: m.plan_partner_kind_housing(),
		fund: m.plan_partner_kind_fund(),
		company: m.plan_partner_kind_company(),
		residents: m.plan_partner_kind_residents(),
		other: m.plan_partner_kind_other()
	})[kind];

export const partnerAskLabel = (ask: PartnerAsk): string =>
	({ people: m.plan_ask_people(), room: m.plan_ask_room(), money: m.plan_ask_money(), reach: m.plan_ask_reach() })[ask];

export const partnerStatusLabel = (status: PartnerStatus): string =>
	({ idea: m.plan_status_idea(), asked: m.plan_status_asked(), agreed: m.plan_status_agreed(), declined: m.plan_status_declined() })[status];

export const planStepLabel = (key: PlanStepKey): { title: string; hint: string } =>
	({
		plan: { title: m.plan_step_plan(), hint: m.plan_step_plan_hint() },
		organiser: { title: m.plan_step_organiser(), hint: m.plan_step_organiser_hint() },
		existing: { title: m.plan_step_existing(), hint: m.plan_step_existing_hint() },
		partners: { title: m.plan_step_partners(), hint: m.plan_step_partners_hint() },
		funding: { title: m.plan_step_funding(), hint: m.plan_step_funding_hint() },
		facilitators: { title: m.plan_step_facilitators(), hint: m.plan_step_facilitators_hint() },
		managers: { title: m.plan_step_managers(), hint: m.plan_step_managers_hint() },
		room: { title: m.plan_step_room(), hint: m.plan_step_room_hint() },
		recruitment: { title: m.plan_step_recruitment(), hint: m.plan_step_recruitment_hint() },
		dates: { title: m.plan_step_dates(), hint: m.plan_step_dates_hint() },
		welcome: { title: m.plan_step_welcome(), hint: m.plan_step_welcome_hint() },
		finalCheck: { title: m.plan_step_finalCheck(), hint: m.plan_step_finalCheck_hint() }
	})[key];

export const organiserAdviceText = (advice: OrganiserAdvice): string =>
	({
		chooseOrganiser: m.plan_advice_chooseOrganiser(),
		organiserIsMunicipality: m.plan_advice_organiserIsMunicipality(),
		municipalityAsPartner: m.plan_advice_municipalityAsPartner()
	})[advice];
