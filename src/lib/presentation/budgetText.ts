import * as m from '$lib/paraglide/messages.js';
import type { BudgetGroup, BudgetLine, BudgetLineKey, BudgetWarning } from '$lib/domain/budget';
import type { FundingKind, FundingStatus } from '$lib/domain/vocabularies';
import { formatHours, formatMoney } from './money';

/** A budget's lines, groups, advice and the funding's kinds and statuses in the reader's words. */

export const budgetLineLabel = (key: BudgetLineKey): string =>
	({
		professionalMeetings: m.budget_line_professionalMeetings(),
		professionalTraining: m.budget_line_professionalTraining(),
		expertMeetings: m.budget_line_expertMeetings(),
		expertTraining: m.budget_line_expertTraining(),
		coordination: m.budget_line_coordination(),
		recruitment: m.budget_line_recruitment(),
		room: m.budget_line_room(),
		catering: m.budget_line_catering(),
		supplies: m.budget_line_supplies(),
		allowances: m.budget_line_allowances(),
		followUp: m.budget_line_followUp(),
		website: m.budget_line_website(),
		onlinePlatform: m.budget_line_onlinePlatform()
	})[key];

export const budgetGroupLabel = (group: BudgetGroup): string =>
	({ personnel: m.budget_group_personnel(), materials: m.budget_group_materials(), followUp: m.budget_group_followUp() })[group];

/** How a line's amount is made: "16 uur × € 55,00", "4 × € 75,00". */
export const budgetLineBasis = (line: BudgetLine): string =>
	line.basis === 'hours'
		? m.budget_basis_hours({ hours: formatHours(line.hours), rate: formatMoney(line.rate) })
		: m.budget_basis_units({ quantity: line.quantity, price: formatMoney(line.price) });

export function budgetWarningText(warning: BudgetWarning): string {
	switch (warning.code) {
		case 'noMeetings':
			return m.budget_warning_noMeetings();
		case 'noSeries':
			return m.budget_warning_noSeries();
		case 'hoursBelowMinimum':
			return warning.role === 'professional'
				? m.budget_warning_hours_professional({ hours: formatHours(warning.hours) })
				: m.budget_warning_hours_expert({ hours: formatHours(warning.hours) });
		case 'noExperienceExpert':
			return m.budget_warning_noExperienceExpert();
		case 'experienceExpertUnpaid':
			return m.budget_warning_expertUnpaid();
	}
}

export const fundingKindLabel = (kind: FundingKind): string =>
	({
		nationalFund: m.funding_kind_nationalFund(),
		localFund: m.funding_kind_localFund(),
		municipalSubsidy: m.funding_kind_municipalSubsidy(),
		companiesAndBanks: m.funding_kind_companiesAndBanks(),
		inKind: m.funding_kind_inKind()
	})[kind];

export const fundingStatusLabel = (status: FundingStatus): string =>
	({ idea: m.funding_status_idea(), asked: m.funding_status_asked(), granted: m.funding_status_granted(), refused: m.funding_status_refused() })[status];
