/**
 * Management tasks (structure and stability), in Care Appraisals' own words. Levels grow in
 * reach and independence (own work, then the shift and team, then the whole home), never by job
 * title, so a care assistant and a deputy manager are both described fairly. Printed in signed
 * appraisals: change wording only in a new framework version.
 */
import type { Competency } from '../frameworkSchema';

export const managementTasks: Competency[] = [
  {
    id: 'planning-and-organising-work',
    title: 'Planning and organising work and rotas',
    description:
      'Plans work and rotas ahead so that the right people, with the right skills, are in the right place at the right time.',
    descriptors: {
      1: 'Tends to do work as it comes up, so tasks get missed or left for the next shift; has not yet shown they plan ahead, even for their own shift.',
      2: 'Organises their own shift with some prompting, for example knowing which residents need repositioning or help to bathe and when, but finds it hard to re-plan when things change.',
      3: "Plans their own and others' work reliably: sets out the shift at the start, spots rota gaps and skill-mix problems days ahead, and re-plans calmly around sickness or a new admission.",
      4: "Shapes how the home plans its work, anticipating pressure points such as holidays, outbreaks or admissions and building rotas around residents' needs; colleagues come to them for help with planning.",
    },
    tags: {
      cqcQualityStatements: ['Safe and effective staffing', 'Governance, management and sustainability'],
      regulations: ['Regulation 18: Staffing', 'Regulation 17: Good governance'],
    },
    developmentSuggestions: [
      "Shadow the deputy when planning next month's rota and agree one change you will make.",
      'Keep a simple plan of your shift for two weeks (who, what, when) and go through it with your supervisor: what slipped, and why?',
      'With your team, map the busiest hours of the day and try one change that spreads the work more evenly, such as moving paperwork out of the morning rush.',
    ],
  },
  {
    id: 'processes-and-care-documentation',
    title: 'Implementing processes and care documentation',
    description:
      "Puts the home's agreed ways of working into practice and keeps care plans and daily notes accurate, current and useful.",
    descriptors: {
      1: "Does not yet follow the home's agreed processes consistently; their care notes are missing, late or too vague to help the next person.",
      2: 'Follows the main processes and writes daily notes, but needs reminders, and entries sometimes record the task ("personal care given") rather than how the resident was.',
      3: "Follows processes consistently and keeps care plans, risk assessments and daily notes accurate, timely and person-centred, updating them promptly when a resident's needs change.",
      4: "Turns new processes into everyday habits across the team, such as a new admission or hospital-discharge checklist, and raises the standard of care plans so they read as the resident's own story.",
    },
    tags: {
      cqcQualityStatements: [
        'Person-centred care',
        'Assessing needs',
        'Safe systems, pathways and transitions',
      ],
      regulations: ['Regulation 9: Person-centred care', 'Regulation 17: Good governance'],
    },
    developmentSuggestions: [
      'Go through three of your recent daily notes with a senior and rewrite one so that it says how the resident was, not only what was done.',
      'Sit with whoever reviews care plans while one is updated after a change in needs, then update the next one yourself with them checking.',
      'Pick one process that often gets skipped on your unit, find out why, and agree a fix with your manager.',
    ],
  },
  {
    id: 'daily-operations-and-handovers',
    title: 'Running daily operations and handovers',
    description:
      'Keeps the shift running smoothly and makes sure important information passes safely from one shift to the next.',
    descriptors: {
      1: 'Does not yet give or take in handovers reliably, so important information, such as a fall, a new medicine or a resident who is unwell, can be missed.',
      2: 'Gives and listens to handovers about their own residents and follows the shift routine, but needs support when the shift gets busy or something unexpected happens.',
      3: 'Keeps the shift on track while juggling call bells, visitors and calls from GPs and district nurses, and gives clear, accurate handovers that the next shift can act on.',
      4: 'Runs shifts so that everyone knows what is happening and why, improves how handovers work (for example with a short structured handover sheet), and keeps standards steady on the hardest days.',
    },
    tags: {
      cqcQualityStatements: [
        'Safe systems, pathways and transitions',
        'How staff, teams and services work together',
        'Care provision, integration and continuity',
      ],
      regulations: ['Regulation 12: Safe care and treatment', 'Regulation 17: Good governance'],
    },
    developmentSuggestions: [
      'Lead the handover for your unit with a senior beside you, using a simple order: each resident, what has changed, what to watch for.',
      'Once a week, ask the person who took your handover whether it gave them what they needed, and note one thing to improve.',
      'Shadow the nurse or senior in charge for a whole shift and notice how they decide what comes first when several things happen at once.',
    ],
  },
  {
    id: 'allocating-and-delegating',
    title: 'Allocating and delegating tasks',
    description:
      "Shares out work fairly and safely, matching tasks to people's skills and training, and checks that they get done.",
    descriptors: {
      1: 'Does not yet share out work: tends either to do everything alone or to leave tasks unclaimed, and does not check what others are doing.',
      2: 'Agrees a fair split of work with the colleague they are paired with and asks for help when their workload is too much, but does not yet allocate work to others.',
      3: 'Allocates work fairly across the shift, matching tasks to skills and training (for example, only staff assessed as competent do the medicines round), gives clear instructions and checks that tasks are done.',
      4: 'Delegates in a way that develops people, offering stretching tasks with the right support; colleagues trust their allocations because they are fair, safe and explained.',
    },
    tags: {
      cqcQualityStatements: ['Safe and effective staffing', 'How staff, teams and services work together'],
      regulations: ['Regulation 18: Staffing', 'Regulation 12: Safe care and treatment'],
    },
    developmentSuggestions: [
      'Write the allocation for one shift a week with your senior and talk through why each person has each task.',
      'Practise handing over a task completely: what, by when, what good looks like, and when you will check back.',
      'Before allocating, check the training matrix and note any task you would have given to someone not yet signed off for it.',
    ],
  },
  {
    id: 'policies-procedures-and-regulation',
    title: 'Upholding policies, procedures and regulation',
    description:
      'Knows the policies and regulations that matter for their role, follows them and helps others to do the same.',
    descriptors: {
      1: 'Is not yet familiar with the key policies for their role, such as safeguarding, infection prevention, moving and handling or whistleblowing, or does not follow them.',
      2: 'Knows where to find policies and follows the main ones, but is unsure how they apply in less usual situations and needs to check with others.',
      3: 'Follows policies and procedures confidently, explains the reasons behind them to colleagues, and speaks up when everyday practice drifts from what a policy says.',
      4: "Helps keep the home's policies current and workable, explains regulation and CQC expectations to the team in plain words, and can show an inspector how policy is lived day to day.",
    },
    tags: {
      cqcQualityStatements: [
        'Governance, management and sustainability',
        'Safeguarding',
        'Infection prevention and control',
      ],
      regulations: [
        'Regulation 17: Good governance',
        'Regulation 13: Safeguarding service users from abuse and improper treatment',
      ],
    },
    developmentSuggestions: [
      'Each month, read one policy (start with safeguarding or whistleblowing) and explain it to a colleague in two minutes.',
      'Sit in on a provider quality audit or a mock inspection and note three questions the auditor asked.',
      'Compare one everyday task with what the policy says, and bring any gap you find to the next team meeting.',
    ],
  },
  {
    id: 'record-keeping-and-audits',
    title: 'Record keeping and audits',
    description:
      'Keeps records complete, accurate and secure, and uses audits to check that care is as good as it should be.',
    descriptors: {
      1: 'Does not yet keep complete, timely records, for example leaving gaps on MAR charts or on food, fluid and repositioning charts, and has not yet taken part in audits.',
      2: "Completes the records for their own work accurately most of the time and helps with audits when asked, but does not yet notice gaps in others' records.",
      3: 'Keeps records complete, accurate and confidential, carries out audits such as the monthly medicines or care plan audit thoroughly, and follows up every action they find.',
      4: 'Uses audit results to spot patterns and improve practice across the home, closes the loop with clear action plans, and helps others see how good records protect residents and staff.',
    },
    tags: {
      cqcQualityStatements: [
        'Governance, management and sustainability',
        'Monitoring and improving outcomes',
        'Medicines optimisation',
      ],
      regulations: ['Regulation 17: Good governance', 'Regulation 12: Safe care and treatment'],
    },
    developmentSuggestions: [
      'Carry out a care plan audit alongside the person who usually does it, then do the next one yourself with them checking.',
      'For two weeks, check your own charts before you leave each shift and note any gaps and why they happened.',
      'Complete refresher training on data protection, then check where the paper records on your unit are kept and who can see them.',
    ],
  },
  {
    id: 'managing-resources',
    title: 'Managing resources',
    description:
      "Uses the home's money, stock, equipment and staff hours carefully, including keeping agency use under control.",
    descriptors: {
      1: 'Is not yet aware of the cost of what they use: supplies, equipment or hours are wasted, or shortages go unreported until they cause a problem.',
      2: 'Uses supplies and equipment carefully and reports shortages and faults, such as low stocks of continence products or a broken hoist, as soon as they notice them.',
      3: 'Manages resources in their area: orders stock before it runs out, stays within agreed hours, offers shifts to bank staff before agency, and can explain what is spent and why.',
      4: "Understands the home's budget and finds savings that never cost residents, such as less agency use through better rota planning, and helps others see how resources are used.",
    },
    tags: {
      cqcQualityStatements: [
        'Governance, management and sustainability',
        'Safe and effective staffing',
        'Safe environments',
      ],
      regulations: [
        'Regulation 17: Good governance',
        'Regulation 15: Premises and equipment',
        'Regulation 18: Staffing',
      ],
    },
    developmentSuggestions: [
      'Take charge of one stock order (for example gloves or continence products) for three months, with a senior checking the first one.',
      'Ask your manager to talk you through the monthly agency and overtime figures and what drives them.',
      'Suggest one change that would cut waste on your unit, and track for a month whether it works.',
    ],
  },
  {
    id: 'supervising-staff-performance',
    title: 'Supervising and managing staff performance',
    description:
      'Gives colleagues regular feedback, supervision and support, and deals fairly and early with performance that falls short.',
    descriptors: {
      1: "Does not yet give feedback to colleagues, or raise concerns about others' practice, even when residents could be affected.",
      2: 'Gives informal feedback and praise to peers and new starters, and raises concerns about poor practice with a senior, but is not yet confident leading supervisions.',
      3: "Holds regular, recorded supervisions that are two-way and useful, recognises good work, and tackles performance concerns early, fairly and in line with the home's policy.",
      4: 'Builds a culture in which staff value supervision, handles complex performance or capability cases with care and consistency, and coaches other supervisors.',
    },
    tags: {
      cqcQualityStatements: [
        'Safe and effective staffing',
        'Capable, compassionate and inclusive leaders',
        'Learning culture',
      ],
      regulations: ['Regulation 18: Staffing', 'Regulation 17: Good governance'],
    },
    developmentSuggestions: [
      "Observe two supervisions (with the supervisee's agreement), then lead one with your own supervisor present.",
      'Practise giving feedback in three parts: what you saw, the effect it had on residents or the team, and what you would like to see next time.',
      'Attend training on difficult conversations, use it in one real conversation, and reflect on how it went in your own supervision.',
    ],
  },
  {
    id: 'digital-systems-and-technology',
    title: 'Using digital systems and new technology',
    description:
      'Uses digital care records, eMAR and other systems confidently and securely, and helps others get the best from new technology.',
    descriptors: {
      1: "Is not yet able to use the home's digital systems for their role, such as the digital care record, eMAR or the rota app, and relies on others or on paper.",
      2: 'Uses the main systems for their own work, such as recording care on a handheld device, but needs help with less common tasks or when something goes wrong.',
      3: 'Uses digital systems confidently and securely (their own login, devices locked, nothing shared), checks that records are complete and acts on alerts such as missed care or overdue medicines.',
      4: 'Champions new technology such as eMAR, acoustic monitoring or remote GP consultations, helps colleagues who find it hard, and feeds back so that systems work better for residents.',
    },
    tags: {
      cqcQualityStatements: [
        'Safe systems, pathways and transitions',
        'Learning, improvement and innovation',
        'Governance, management and sustainability',
      ],
      regulations: ['Regulation 17: Good governance', 'Regulation 12: Safe care and treatment'],
    },
    developmentSuggestions: [
      'Become the go-to person for one feature of the digital care record (for example recording fluids) and show two colleagues how to use it well.',
      "Spend half an hour with your manager looking at the system's reports, and agree one you will check every week.",
      'Write a one-page "if the system goes down" checklist for your unit and check it with your manager.',
    ],
  },
  {
    id: 'managing-risk-and-incidents',
    title: 'Managing risk and incidents',
    description:
      'Spots and reduces risks to residents, staff and visitors, and responds properly to accidents, incidents and safeguarding concerns.',
    descriptors: {
      1: 'Does not yet recognise or report risks and incidents reliably, such as an unwitnessed fall, a new pressure area or an unexplained bruise.',
      2: 'Reports incidents and concerns promptly and completes incident forms, but needs guidance on what comes next, such as when to contact the GP, the family or the safeguarding team.',
      3: "Handles risks and incidents confidently: acts at once, records accurately, informs relatives and professionals, makes safeguarding referrals when needed, and balances safety with residents' right to take risks.",
      4: 'Looks for patterns across incidents (falls at night, for example), leads blame-free discussions of lessons learned, and helps the home meet its duty of candour and its duty to notify CQC.',
    },
    tags: {
      cqcQualityStatements: [
        'Involving people to manage risks',
        'Safeguarding',
        'Learning culture',
        'Safe environments',
      ],
      regulations: [
        'Regulation 12: Safe care and treatment',
        'Regulation 13: Safeguarding service users from abuse and improper treatment',
        'Regulation 20: Duty of candour',
      ],
    },
    developmentSuggestions: [
      "Go through last month's incident forms with your manager and agree one pattern to act on and what you will do.",
      "Complete safeguarding training at the level for your role, then talk through a recent referral with the home's safeguarding lead.",
      'Take part in a post-fall huddle and write up what the team agreed to change.',
    ],
  },
];
