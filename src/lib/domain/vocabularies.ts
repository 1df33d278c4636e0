/*
 * The fixed lists of the approach: each a tuple of codes and its type. The database's enums, the
 * form schemas and the labels (presentation/labels.ts) are all made from these, so a new value is
 * added here once.
 */

/** Roles within one organisation (issue #2): what a member may see and do there. */
export const memberRoles = ['coordinator', 'facilitator', 'stakeholder'] as const;
export type MemberRole = (typeof memberRoles)[number];
export const isMemberRole = (code: string): code is MemberRole => (memberRoles as readonly string[]).includes(code);

export const backgrounds = [
	'resident',
	'professional',
	'volunteer',
	'civilServant',
	'manager',
	'student'
] as const;
export type Background = (typeof backgrounds)[number];

export const workFields = [
	'debtHelp',
	'youth',
	'education',
	'housing',
	'health',
	'socialWork',
	'municipality',
	'faithCommunity',
	'other'
] as const;
export type WorkField = (typeof workFields)[number];

export const seriesKinds = ['ontmoetingen', 'actionLearning', 'professionalNetwork'] as const;
export type SeriesKind = (typeof seriesKinds)[number];

export const seriesModes = ['onLocation', 'online'] as const;
export type SeriesMode = (typeof seriesModes)[number];

export const regionKinds = ['neighbourhood', 'village', 'city', 'municipality'] as const;
export type RegionKind = (typeof regionKinds)[number];

/** What kind of organisation a region's partner is (issue #12); the municipality matters to the advice. */
export const partnerKinds = [
	'municipality',
	'welfare',
	'debtHelp',
	'faithCommunity',
	'education',
	'health',
	'housing',
	'fund',
	'company',
	'residents',
	'other'
] as const;
export type PartnerKind = (typeof partnerKinds)[number];

/** What a region asks of a partner: people, a room, money, or reach on its social media. */
export const partnerAsks = ['people', 'room', 'money', 'reach'] as const;
export type PartnerAsk = (typeof partnerAsks)[number];

/** Where a request to a partner stands. */
export const partnerStatuses = ['idea', 'asked', 'agreed', 'declined'] as const;
export type PartnerStatus = (typeof partnerStatuses)[number];

/** Roles within one series: who takes part and who leads. */
export const seriesRoles = ['participant', 'facilitator'] as const;
export type SeriesRole = (typeof seriesRoles)[number];

/** How a part of a meeting is held (issue #10): a part in pairs, threes or small groups can make groups. */
export const groupForms = ['plenary', 'pairsOrThrees', 'smallGroups', 'individual'] as const;
export type GroupForm = (typeof groupForms)[number];

/** Whether someone came to a meeting (issue #10); absence with notice is said, not judged. */
export const attendanceStatuses = ['present', 'absentWithNotice', 'absent'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

/** Who may read a note: the series' facilitators, also its participants, or the whole organisation. */
export const noteVisibilities = ['facilitators', 'group', 'organisation'] as const;
export type NoteVisibility = (typeof noteVisibilities)[number];

/** The three levels at which a change wish works (micro / meso / macro). */
export const changeLevels = ['person', 'organisation', 'society'] as const;
export type ChangeLevel = (typeof changeLevels)[number];

/** What a join code opens (issue #10): the room's screen, or the participants' phones. */
export const joinCodePurposes = ['projector', 'phone'] as const;
export type JoinCodePurpose = (typeof joinCodePurposes)[number];
/** An entry of the signals list built from one story (meeting 2): a possible sign of poverty, or a self-stigma remark. */
export const signalKinds = ['signal', 'selfStigma'] as const;
export type SignalKind = (typeof signalKinds)[number];

/**
 * What a person can agree to have stored (issue #11 item 1): taking part (name and role, to organise
 * the meetings), being reached (e-mail and phone), and their experience of poverty being used to
 * put the groups together. Each is given and withdrawn on its own.
 */
export const consentPurposes = ['takingPart', 'contact', 'composition'] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

/** How consent was given or withdrawn: told to a coordinator, signed, by mail, or by the person online. */
export const consentMethods = ['spoken', 'paper', 'email', 'online'] as const;
export type ConsentMethod = (typeof consentMethods)[number];

/** The ways a member writes down; "online" is the person's own doing, never a member's. */
export const memberConsentMethods = ['spoken', 'paper', 'email'] as const satisfies readonly ConsentMethod[];

/**
 * Where a consent in the register came from: one of the ways above, or from before the register
 * existed (issue #11): people already stored then keep their data, marked to be asked again.
 */
export const consentSources = [...consentMethods, 'beforeRegister'] as const;
export type ConsentSource = (typeof consentSources)[number];

/** What ended a consent: the person withdrew it (in one of the ways above), or their data was erased. */
export const consentEnds = [...consentMethods, 'erasure'] as const;
export type ConsentEnd = (typeof consentEnds)[number];

/** Where a region's money comes from (issue #12, seed 000 §2): funds, the municipality, businesses, or help in kind. */
export const fundingKinds = ['nationalFund', 'localFund', 'municipalSubsidy', 'companiesAndBanks', 'inKind'] as const;
export type FundingKind = (typeof fundingKinds)[number];

/** Where an application to a funder stands. */
export const fundingStatuses = ['idea', 'asked', 'granted', 'refused'] as const;
export type FundingStatus = (typeof fundingStatuses)[number];

/** The themes of the readiness scan (quickscan, seed 000 §2.4), in the guide's order. */
export const quickscanThemes = ['network', 'money', 'communication', 'room', 'knowledge', 'people', 'coaching'] as const;
export type QuickscanTheme = (typeof quickscanThemes)[number];

/** How far a theme of the quickscan is: said in words, never added up into one score. */
export const readinessStatuses = ['inPlace', 'partly', 'toDo'] as const;
export type ReadinessStatus = (typeof readinessStatuses)[number];

/** What an entry of the inventory of what is already there is (seed 002 "Wat is er al?"). */
export const programmeKinds = ['programme', 'project', 'consultationTable'] as const;
export type ProgrammeKind = (typeof programmeKinds)[number];

/** Who a stakeholder to keep informed is (seed 002 "Betrokkenheid op directieniveau"). */
export const stakeholderKinds = ['manager', 'civilServant'] as const;
export type StakeholderKind = (typeof stakeholderKinds)[number];

/** How often a stakeholder wants an update. */
export const updateFrequencies = ['afterEveryMeeting', 'monthly', 'endOfSeries'] as const;
export type UpdateFrequency = (typeof updateFrequencies)[number];

/** Where a drafted update to a stakeholder is: waiting for the coordinator, sent, or set aside. */
export const stakeholderUpdateStates = ['draft', 'sent', 'dismissed'] as const;
export type StakeholderUpdateState = (typeof stakeholderUpdateStates)[number];
