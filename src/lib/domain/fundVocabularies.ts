/*
 * The fixed lists of the funds finder (issue #13 item 3), beside `vocabularies.ts`: what a fund pays
 * for and who may ask it. The local-scheme table's enums, the finder's form and the labels are made
 * from these.
 */

/** What a child or family needs money or things for; the finder asks for one. */
export const fundNeeds = ['school', 'sportCulture', 'birthday', 'holiday', 'clothing', 'bike', 'laptop', 'urgent', 'baby', 'pet'] as const;
export type FundNeed = (typeof fundNeeds)[number];
export const isFundNeed = (code: string): code is FundNeed => (fundNeeds as readonly string[]).includes(code);

/**
 * Who sends the application: the parent (or the young person), an intermediary (a professional or
 * volunteer who knows the family: social worker, youth worker, coach), the child's school, or a
 * local organisation such as the food bank.
 */
export const fundApplicants = ['parent', 'intermediary', 'school', 'organisation'] as const;
export type FundApplicant = (typeof fundApplicants)[number];
export const isFundApplicant = (code: string): code is FundApplicant => (fundApplicants as readonly string[]).includes(code);

/**
 * Needs close enough that a fund paying for one is worth a look for the other: a laptop is for
 * school, an outing in the holidays is sport or culture, clothing is often an urgent need. A fund
 * that pays only for a related need is shown as "almost fits", never as a fit.
 */
export const relatedNeeds: Readonly<Record<FundNeed, readonly FundNeed[]>> = {
	school: ['laptop'],
	sportCulture: ['holiday'],
	birthday: [],
	holiday: ['sportCulture'],
	clothing: ['urgent'],
	bike: [],
	laptop: ['school'],
	urgent: ['clothing'],
	baby: [],
	pet: []
};
