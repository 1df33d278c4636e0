import type { SeriesKind } from '../domain/vocabularies';
import { meetingTemplateIds, type MeetingTemplate, type MeetingTemplateId } from './meetingScript';
import { deciding } from './templates/deciding';
import { followUp } from './templates/followUp';
import { network, networkFirst } from './templates/network';
import { ontmoeting1 } from './templates/ontmoeting1';
import { ontmoeting2 } from './templates/ontmoeting2';
import { ontmoeting3 } from './templates/ontmoeting3';
import { ontmoeting4 } from './templates/ontmoeting4';
import { openTemplate } from './templates/open';

/** Every built-in meeting template, by id; each lives in `templates/`, with its sources. */
export const meetingTemplates: Record<MeetingTemplateId, MeetingTemplate> = {
	ontmoeting1,
	ontmoeting2,
	ontmoeting3,
	ontmoeting4,
	deciding,
	followUp,
	networkFirst,
	network,
	open: openTemplate
};

const ontmoetingen = ['ontmoeting1', 'ontmoeting2', 'ontmoeting3', 'ontmoeting4'] as const;

/**
 * The template a meeting of a series starts from. `meetingNumber` counts from 1 within the series;
 * only an Ontmoetingen series ends with a deciding meeting (seed 001), so `deciding` counts there
 * alone; a meeting there beyond the fourth gets the skeleton with an open deep dive.
 */
export function templateFor(kind: SeriesKind, meetingNumber: number, deciding: boolean): MeetingTemplateId {
	switch (kind) {
		case 'ontmoetingen':
			if (deciding) return 'deciding';
			if (meetingNumber > ontmoetingen.length) return 'open';
			return ontmoetingen[meetingNumber - 1] ?? 'ontmoeting1';
		case 'actionLearning':
			return 'followUp';
		case 'professionalNetwork':
			return meetingNumber <= 1 ? 'networkFirst' : 'network';
	}
}

/**
 * Which meetings a template is for, the other way round from `templateFor`: one meeting by its
 * number, every meeting from a number on, or the deciding meeting; with the kind of series.
 */
export type TemplateUse = { kind: SeriesKind } & ({ meeting: number } | { from: number } | { deciding: true });

export const templateUses: Record<MeetingTemplateId, TemplateUse> = {
	ontmoeting1: { kind: 'ontmoetingen', meeting: 1 },
	ontmoeting2: { kind: 'ontmoetingen', meeting: 2 },
	ontmoeting3: { kind: 'ontmoetingen', meeting: 3 },
	ontmoeting4: { kind: 'ontmoetingen', meeting: 4 },
	open: { kind: 'ontmoetingen', from: ontmoetingen.length + 1 },
	deciding: { kind: 'ontmoetingen', deciding: true },
	followUp: { kind: 'actionLearning', from: 1 },
	networkFirst: { kind: 'professionalNetwork', meeting: 1 },
	network: { kind: 'professionalNetwork', from: 2 }
};

/** Whether a stored template id (an agenda's or a part's) is one of ours. */
export const isMeetingTemplateId = (id: string | null): id is MeetingTemplateId => meetingTemplateIds.some((t) => t === id);
