import type { MeetingTemplate } from '../meetingScript';
import {
	agreementsReminderPart,
	checkInPart,
	checkOutPart,
	lookBackPart,
	roundOffPart,
	verdiepingChapter,
	warmStart,
	welcomePart
} from './common';

// seed 000 §3.1: four meetings were enough in the guide's experience, but more is allowed. A meeting
// beyond the fourth keeps the skeleton (seed 000 §4) with a deep dive the group fills in itself.

const checkInQuestions = {
	nl: [
		'Maak de zin af: vandaag ben ik …',
		'Wat was het mooiste moment van uw week?',
		'Waar denkt u nog aan terug van de vorige keer?'
	],
	en: [
		'Finish the sentence: today I am …',
		'What was the best moment of your week?',
		'What from last time do you still think back on?'
	]
};

const checkOutQuestions = {
	nl: ['Waar verheugt u zich deze week op?', 'Welk woord neemt u mee naar huis?', 'Wat gaat u morgen anders doen?'],
	en: ['What are you looking forward to this week?', 'Which word do you take home with you?', 'What will you do differently tomorrow?']
};

export const openTemplate: MeetingTemplate = {
	id: 'open',
	title: { nl: 'Ontmoeting met een eigen thema', en: 'Meeting with a theme of its own' },
	summary: {
		nl: 'Een extra Ontmoeting na de vierde, met de vaste opbouw. De verdieping gaat over een thema dat de groep vooraf samen kiest.',
		en: 'An extra meeting after the fourth, with the usual structure. The deep dive is about a theme the group chooses together beforehand.'
	},
	goals: {
		nl: [
			'De groep verdiept zich in een thema dat zij zelf belangrijk vindt.',
			'Nieuwe veranderwensen worden opgeschreven.'
		],
		en: ['The group goes deeper into a theme it finds important itself.', 'New change wishes are written down.']
	},
	background: [verdiepingChapter(6, { nl: 'armoede doorbreken door goed samen te werken', en: 'breaking poverty by working together well' })],
	checkInQuestions,
	checkOutQuestions,
	minutes: 120,
	parts: [
		welcomePart(
			warmStart,
			{
				nl: ['Vraag hoe het met iedereen gaat. Er is ruimte voor nieuwtjes en mededelingen.'],
				en: ['Ask how everyone is. There is room for news and announcements.']
			}
		),
		checkInPart(checkInQuestions, 10, { nl: ['Kies een lichte vraag.'], en: ['Choose a light question.'] }),
		agreementsReminderPart(),
		lookBackPart(),
		{
			key: 'deepDive',
			kind: 'deepDive',
			title: { nl: 'Verdieping', en: 'Deep dive' },
			minutes: 75,
			shortest: 45,
			longest: 90,
			yields: {
				nl: ['Concrete, tastbare kennis over het gekozen thema, uit de ervaringen van de groep zelf.'],
				en: ['Concrete, tangible knowledge of the chosen theme, from the group\'s own experiences.']
			},
			notes: {
				nl: [
					'Spreek het thema de vorige keer af, zodat iedereen weet waar het over gaat.',
					'Werk met de eigen ervaringen van de groep, niet met filmpjes of verhalen van buiten.',
					'Wissel praten af met een werkvorm, en las momentjes in om te denken en te schrijven.',
					'Schrijf veranderwensen op die u hoort.'
				],
				en: [
					'Agree on the theme last time, so everyone knows what it is about.',
					"Work with the group's own experiences, not with films or stories from outside.",
					'Alternate talk with an activity format, and add pause moments to think and write.',
					'Write down the change wishes you hear.'
				]
			},
			formats: ['groupConversation', 'whatWorks', 'pauseMoment']
		},
		roundOffPart(
			{
				nl: ['Iedereen weet wat er besproken is en wat de volgende keer komt.'],
				en: ['Everyone knows what was discussed and what comes next time.']
			},
			{ nl: ['Vat kort samen en spreek het thema van de volgende keer af.'], en: ['Sum up briefly and agree on the theme for next time.'] }
		),
		checkOutPart(checkOutQuestions, { nl: ['Houd het licht.'], en: ['Keep it light.'] })
	]
};
