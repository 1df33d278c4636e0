import type { GroupForm } from '../domain/vocabularies';
import type { Localised } from './localised';
import type { AgendaPartKind } from './meetingSkeleton';

/**
 * The shapes of meeting scripts and activity formats (issue #10). The data lives beside them:
 * `activityFormats.ts` (the library) and `meetingTemplates.ts` (a template per meeting of each
 * kind of series). A meeting's own agenda is made from a template when the series is planned and
 * is the group's own after that; untouched texts keep following the reader's language.
 */

/** The built-in activity formats, by a stable code; an organisation's own formats have uuids. */
export const activityFormatIds = [
	'groupConversation',
	'sentenceCompletion',
	'ballOfWool',
	'furnishHouse',
	'worldInAGrainOfSand',
	'whatWorks',
	'galleryWalk',
	'distanceFromTheEdge',
	'talentMarket',
	'stepForward',
	'pictureCheckOut',
	'pauseMoment',
	'round',
	'ownerRound',
	'personalIntroductions',
	'caseExploration'
] as const;
export type ActivityFormatId = (typeof activityFormatIds)[number];

export type ActivityFormat = {
	id: ActivityFormatId;
	name: Localised;
	/** What the format is for, in one or two sentences. */
	purpose: Localised;
	/** How long it usually takes. */
	minutes: number;
	groupForm: GroupForm;
	/** For `smallGroups`: the largest group (seed 000: at most five). */
	maxGroupSize?: number;
	materials: Localised<string[]>;
	steps: Localised<string[]>;
	/** How to do it when the meeting is online. */
	onlineVariant: Localised;
	/** Sentence starters, questions or cards the format hands out, if any. */
	prompts?: Localised<string[]>;
	/** Where the facts come from, e.g. `seed 000 §4, Ontmoeting 1`. */
	source: string;
};

/** Which template a meeting starts from. */
export const meetingTemplateIds = [
	'ontmoeting1',
	'ontmoeting2',
	'ontmoeting3',
	'ontmoeting4',
	'deciding',
	'followUp',
	'networkFirst',
	'network',
	'open'
] as const;
export type MeetingTemplateId = (typeof meetingTemplateIds)[number];

export type PartTemplate = {
	/** Unique within its template and stable: an agenda part keeps it to find its texts again. */
	key: string;
	kind: AgendaPartKind;
	title: Localised;
	/** Planned length, and the range the proportional trim (kaasschaafmethode) may move it in. */
	minutes: number;
	shortest: number;
	longest: number;
	/** What the part should yield. */
	yields: Localised<string[]>;
	/** Notes for the facilitators. */
	notes: Localised<string[]>;
	/** The formats this part uses, the first one by default. */
	formats: ActivityFormatId[];
	/** The question the projector and the phones show while this part runs, if any. */
	question?: Localised;
};

export type BackgroundReading = { title: Localised; url?: string };

export type MeetingTemplate = {
	id: MeetingTemplateId;
	title: Localised;
	/** One short paragraph: what this meeting is about. */
	summary: Localised;
	goals: Localised<string[]>;
	/** What participants do before the meeting, if anything. */
	preparation?: Localised<string[]>;
	background: BackgroundReading[];
	/** Homework given at the end, for next time. */
	homework?: Localised<string[]>;
	/** Questions to choose from for the check-in and the check-out parts. */
	checkInQuestions: Localised<string[]>;
	checkOutQuestions: Localised<string[]>;
	/** The stated length; the parts' minutes add up to it. */
	minutes: number;
	parts: PartTemplate[];
};
