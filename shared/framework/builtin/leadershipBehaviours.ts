/**
 * Leadership behaviours (vision and change), in Care Appraisals' own words. As with management
 * tasks, levels grow in reach (own practice, then the team, then the home and beyond), not by
 * job title: anyone can lead. Printed in signed appraisals: change wording only in a new
 * framework version.
 */
import type { Competency } from '../frameworkSchema';

export const leadershipBehaviours: Competency[] = [
  {
    id: 'making-the-vision-practical',
    title: "Making the home's vision practical",
    description:
      "Turns the home's values and vision into everyday actions that residents, relatives and colleagues can see.",
    descriptors: {
      1: "Is not yet aware of the home's vision and values, or does not connect them with how they work.",
      2: "Can describe the home's values and follows them in their own work, for example respecting when each resident likes to get up, but does not yet help others to do so.",
      3: "Explains in plain words what the vision means for the team's everyday work, and makes decisions on shift that fit it, even when a quicker option exists.",
      4: "Helps shape the home's direction with residents, families and staff, and turns it into clear goals that the whole team owns and can talk about.",
    },
    tags: {
      cqcQualityStatements: ['Shared direction and culture', 'Capable, compassionate and inclusive leaders'],
      regulations: ['Regulation 17: Good governance', 'Regulation 9: Person-centred care'],
    },
    developmentSuggestions: [
      "Ask three residents or relatives what matters most to them about living here, and compare their answers with the home's stated values.",
      'Choose one value and agree with your team what it looks like on an ordinary shift; look back at it together a month later.',
      'Join the next quality or business-planning meeting and bring back one goal to share with your team.',
    ],
  },
  {
    id: 'motivating-and-inspiring',
    title: 'Motivating and inspiring',
    description:
      'Brings energy and purpose to the team, so that colleagues feel their work matters and want to do it well.',
    descriptors: {
      1: "Does not yet add to the team's motivation, and may deepen low morale when things are hard, for example by joining in with complaints without looking for a way forward.",
      2: 'Is positive and encouraging with colleagues on their own shift and thanks people for their help, though this can slip under pressure.',
      3: 'Lifts the team on hard days, praises good work specifically and sincerely, and links everyday tasks to the difference they make to residents.',
      4: 'Is someone people want to work alongside: builds pride and purpose across the home, celebrates successes and keeps people hopeful through change.',
    },
    tags: {
      cqcQualityStatements: [
        'Capable, compassionate and inclusive leaders',
        'Shared direction and culture',
        'Workforce wellbeing and enablement',
      ],
      regulations: ['Regulation 18: Staffing'],
    },
    developmentSuggestions: [
      'Make a habit of thanking one colleague each shift for something specific, and notice what changes over a month.',
      "Share one piece of good news at handover each week, such as a family's thank-you card or something a resident achieved.",
      'Ask a colleague you find inspiring what they do to keep the team going on a tough shift, and try one of their ideas.',
    ],
  },
  {
    id: 'developing-others',
    title: 'Developing others',
    description: 'Helps colleagues learn and grow through induction, coaching, training and upskilling.',
    descriptors: {
      1: 'Has not yet helped others to learn; new starters or students working with them are left to pick things up alone.',
      2: 'Shows new starters the routine when asked and shares what they know, such as how each resident likes their tea, but does not yet plan how someone will learn.',
      3: 'Buddies new starters through their induction and the Care Certificate, demonstrates skills such as safe hoisting, and checks understanding instead of assuming it.',
      4: "Shapes how the home develops people: spots training needs, coaches colleagues towards qualifications and senior roles, and grows the home's future leaders.",
    },
    tags: {
      cqcQualityStatements: [
        'Learning culture',
        'Safe and effective staffing',
        'Workforce wellbeing and enablement',
      ],
      regulations: ['Regulation 18: Staffing'],
    },
    developmentSuggestions: [
      'Buddy the next new starter through their first week using the induction checklist, and ask them for feedback at the end.',
      'Take a coaching skills or train-the-trainer course and run one short session at a team meeting.',
      'Agree one skill a colleague wants to learn and coach them until they are signed off.',
    ],
  },
  {
    id: 'guiding-through-challenges',
    title: 'Guiding the team through challenges',
    description:
      'Stays steady and gives clear direction when things are difficult, such as an outbreak, short staffing or the death of a resident.',
    descriptors: {
      1: 'Has not yet shown they can stay calm and useful when the unexpected happens, and may freeze or leave others to cope.',
      2: 'Stays calm in their own role during a difficult shift, follows the lead of the person in charge and asks what they can do to help.',
      3: 'Takes charge when things go wrong, such as staff calling in sick or a medical emergency: sets clear priorities, keeps people informed and checks on colleagues afterwards.',
      4: 'Leads the home through long periods of pressure, such as an outbreak or a difficult inspection, balancing safety with compassion and helping the team reflect and recover.',
    },
    tags: {
      cqcQualityStatements: [
        'Capable, compassionate and inclusive leaders',
        'Safe and effective staffing',
        'Learning culture',
      ],
      regulations: ['Regulation 12: Safe care and treatment', 'Regulation 18: Staffing'],
    },
    developmentSuggestions: [
      'After a difficult shift, write down what went well and what you would do differently, and talk it through in supervision.',
      'Take a lead role in a practice scenario, such as a fire drill, an outbreak exercise or a missing resident drill.',
      'Shadow the person in charge on a short-staffed day and ask them how they decided what came first.',
    ],
  },
  {
    id: 'collaboration-and-communication',
    title: 'Collaboration and communication',
    description:
      'Works well with colleagues, residents, families and visiting professionals, and communicates clearly in speech and in writing.',
    descriptors: {
      1: 'Does not yet communicate clearly or considerately enough, so information gets lost or people are upset, and tends to work alone rather than with others.',
      2: 'Communicates clearly with their own residents and colleagues and works well within their team, but is less confident with families or visiting professionals.',
      3: 'Communicates clearly and kindly with residents, relatives, GPs, district nurses and other teams, and works with the kitchen, housekeeping and activities teams to get things done.',
      4: 'Builds strong working relationships beyond the home, with the GP practice, hospital discharge teams and the local community, and helps to resolve disagreements constructively.',
    },
    tags: {
      cqcQualityStatements: [
        'How staff, teams and services work together',
        'Partnerships and communities',
        'Providing information',
      ],
      regulations: ['Regulation 9: Person-centred care', 'Regulation 12: Safe care and treatment'],
    },
    developmentSuggestions: [
      'Lead one GP or district nurse visit: prepare your questions beforehand and record the outcome in the care plan.',
      'Ask the relative of a resident you support how well they feel kept informed, and act on one thing they say.',
      "Go to another department's meeting (the kitchen or housekeeping, for example) and agree one way to work better together.",
    ],
  },
  {
    id: 'leading-change-and-improvement',
    title: 'Leading change and improvement',
    description: 'Notices what could be better, suggests improvements and helps colleagues through change.',
    descriptors: {
      1: 'Has not yet suggested improvements, and may resist changes or quietly work around them.',
      2: 'Accepts changes and tries new ways of working, and now and then suggests small improvements to their own work.',
      3: 'Puts forward practical improvements based on what residents and staff say, tries them on a small scale first, and brings colleagues along by explaining why.',
      4: 'Leads significant change, such as moving to eMAR or a new approach to activities: plans it with the team, measures the effect and makes the change stick.',
    },
    tags: {
      cqcQualityStatements: ['Learning, improvement and innovation', 'Monitoring and improving outcomes'],
      regulations: ['Regulation 17: Good governance'],
    },
    developmentSuggestions: [
      'Choose one small thing that frustrates residents or staff on your unit, try a fix for two weeks and report back on what happened.',
      'Join the working group for the next change the home is bringing in.',
      'Read a published CQC report on a care home rated Outstanding and bring one idea to discuss with your manager.',
    ],
  },
  {
    id: 'advocacy',
    title: 'Advocacy for residents, staff and the sector',
    description:
      "Speaks up for residents' rights and wishes, backs colleagues, and promotes the value of social care.",
    descriptors: {
      1: "Does not yet speak up when a resident's wishes or rights are overlooked, or when something is not right.",
      2: "Speaks up for the residents they support, such as passing on a resident's wish to change their routine, and knows how to raise a concern.",
      3: "Advocates confidently for residents with families and professionals, for example asking for a medicines review or defending a resident's choice, and backs colleagues who raise concerns.",
      4: 'Champions residents and staff beyond the home, with commissioners, hospitals or local networks, and promotes social care as a skilled career worth choosing.',
    },
    tags: {
      cqcQualityStatements: [
        'Listening to and involving people',
        'Independence, choice and control',
        'Freedom to speak up',
        'Partnerships and communities',
      ],
      regulations: [
        'Regulation 9: Person-centred care',
        'Regulation 10: Dignity and respect',
        'Regulation 13: Safeguarding service users from abuse and improper treatment',
      ],
    },
    developmentSuggestions: [
      "Read the home's speaking-up (whistleblowing) policy and talk through with your supervisor how you would use it.",
      'Help a resident prepare for their care review so that they can say what matters to them, in their own words.',
      'Represent the home at a local careers event or school talk about working in care.',
    ],
  },
  {
    id: 'role-modelling-values',
    title: 'Role-modelling values and person-centred care',
    description:
      'Shows, through their own everyday practice, what respectful, person-centred care looks like.',
    descriptors: {
      1: 'Does not yet work in a consistently person-centred or respectful way, for example talking over residents or doing things to them rather than with them.',
      2: 'Treats residents with dignity and knows their preferences, such as the name they like to be called, though routine sometimes comes before choice.',
      3: "Consistently puts residents' choices, life history and dignity at the centre of care, so that colleagues learn from watching how they work.",
      4: 'Sets the standard for person-centred care in the home, gently challenges task-focused practice wherever they see it, and helps the team reflect on their values.',
    },
    tags: {
      cqcQualityStatements: [
        'Person-centred care',
        'Treating people as individuals',
        'Kindness, compassion and dignity',
        'Shared direction and culture',
      ],
      regulations: ['Regulation 9: Person-centred care', 'Regulation 10: Dignity and respect'],
    },
    developmentSuggestions: [
      "Spend time learning one resident's life story and add what matters to them to their care plan.",
      'Ask a colleague to observe you at a mealtime and give you feedback on dignity and choice.',
      'Complete dementia or dignity training and share one change you will make in your own practice.',
    ],
  },
  {
    id: 'listening-to-the-team',
    title: 'Listening and asking what the team needs',
    description: 'Asks colleagues what they need, listens properly and acts on what they hear.',
    descriptors: {
      1: "Does not yet seek others' views, and may dismiss or talk over colleagues' ideas and concerns.",
      2: 'Listens to colleagues who come to them and passes their concerns on to the right person.',
      3: 'Regularly asks the team what would help, listens without judging, follows up and tells people what happened as a result.',
      4: 'Makes sure everyone is heard, including night staff, agency staff and those less confident to speak, and visibly changes things because of what they hear.',
    },
    tags: {
      cqcQualityStatements: [
        'Freedom to speak up',
        'Workforce equality, diversity and inclusion',
        'Capable, compassionate and inclusive leaders',
      ],
      regulations: ['Regulation 17: Good governance', 'Regulation 18: Staffing'],
    },
    developmentSuggestions: [
      'At the end of one handover each week, ask "What would make tomorrow easier?" and follow up one answer.',
      'Hold a short catch-up with the night team at a time that suits them, and feed back what you hear.',
      'In your next few conversations with colleagues, sum up what the person has said before you reply, and check you have understood.',
    ],
  },
  {
    id: 'wellbeing-and-retention',
    title: 'Supporting wellbeing and retention',
    description: "Looks after colleagues' wellbeing so that people feel supported and want to stay.",
    descriptors: {
      1: 'Does not yet notice or respond when colleagues are struggling, and does not know what support is available.',
      2: 'Notices when a colleague is having a hard time, offers practical help on shift and knows where to point them for support.',
      3: "Checks in on colleagues after difficult events, such as a resident's death or a distressing incident, makes sure breaks are taken and knows the support on offer.",
      4: 'Shapes a workplace people want to stay in: notices patterns in sickness and leaving, acts on what leavers say, and champions fair, flexible and inclusive ways of working.',
    },
    tags: {
      cqcQualityStatements: [
        'Workforce wellbeing and enablement',
        'Workforce equality, diversity and inclusion',
        'Safe and effective staffing',
      ],
      regulations: ['Regulation 18: Staffing'],
    },
    developmentSuggestions: [
      'After a difficult event, organise a short debrief and check on colleagues again a few days later.',
      'Find out what wellbeing support the home offers (such as an employee assistance line) and share it at the next team meeting.',
      'Talk to a long-serving colleague about what has kept them here, and bring one idea to your manager.',
    ],
  },
];
