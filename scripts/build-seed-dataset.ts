// Builds the seed dataset data/doha-talks-2021.json from the verbatim article text in
// data/sources/. Passages are written here as exact quotes only; their offsets (UTF-16 code
// units, i.e. JS string indices) and 32-character prefix/suffix context are computed from the
// text, and the build fails if a quote is missing or ambiguous.
//
// Run: npx tsx scripts/build-seed-dataset.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

type ActorKind =
  | 'state'
  | 'government-body'
  | 'armed-group'
  | 'person'
  | 'organization'
  | 'media'
  | 'community'
  | 'other';

type EventKind =
  | 'diplomacy'
  | 'statement'
  | 'attack'
  | 'military'
  | 'political'
  | 'humanitarian'
  | 'analysis';

type Role =
  | 'participant'
  | 'speaker'
  | 'target'
  | 'perpetrator'
  | 'victim'
  | 'reporter'
  | 'subject'
  | 'host'
  | 'claimant';

interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases?: string[];
  description: string;
}

interface EventDate {
  value: string;
  expression: string;
  note: string;
}

interface EventActor {
  id: string;
  role: Role;
}

interface Passage {
  source: string;
  exact: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

interface SeedEvent {
  id: string;
  title: string;
  summary: string;
  kind: EventKind;
  date: EventDate;
  actors: EventActor[];
  location?: { name: string };
  passages: Passage[];
}

/** An event as authored here: its passages are exact quotes, anchored by the build. */
type EventDraft = Omit<SeedEvent, 'passages'> & { quotes: string[] };

const ROOT = resolve(import.meta.dirname, '..');
const DATASET_ID = 'doha-talks-2021';
const SOURCE_ID = 'latin-post-2021-10-us-taliban-doha';
const SOURCE_PATH = join(ROOT, 'data', 'sources', `${SOURCE_ID}.txt`);
const OUTPUT_PATH = join(ROOT, 'data', `${DATASET_ID}.json`);
const CONTEXT = 32;
const PUBLISHED = '2021-10-10';
/** The article uses U+00A0 around some names; quotes must match it exactly. */
const NBSP = '\u00a0';

const text = readFileSync(SOURCE_PATH, 'utf8');

function anchor(exact: string): Passage {
  const start = text.indexOf(exact);
  if (start === -1) throw new Error(`Quote not found in ${SOURCE_ID}: ${JSON.stringify(exact)}`);
  if (text.indexOf(exact, start + 1) !== -1) {
    throw new Error(`Quote occurs more than once, lengthen it: ${JSON.stringify(exact)}`);
  }
  const end = start + exact.length;
  return {
    source: SOURCE_ID,
    exact,
    start,
    end,
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  };
}

const actors: Actor[] = [
  {
    id: 'taliban',
    name: 'Taliban',
    kind: 'armed-group',
    description:
      'The insurgent group that, per the article, gained full control of Afghanistan after the ' +
      'US military left on August 30; the new rulers of the country, not recognized by the US.',
  },
  {
    id: 'suhail-shaheen',
    name: 'Suhail Shaheen',
    kind: 'person',
    description: 'Taliban spokesperson.',
  },
  {
    id: 'united-states',
    name: 'United States',
    kind: 'state',
    aliases: ['U.S.', 'US'],
    description: 'The United States government, which withdrew its troops from Afghanistan.',
  },
  {
    id: 'us-delegation',
    name: 'US delegation',
    kind: 'government-body',
    aliases: ['U.S. delegation'],
    description: 'The US delegation that met senior Taliban representatives in Doha.',
  },
  {
    id: 'us-state-department',
    name: 'US State Department',
    kind: 'government-body',
    aliases: ['U.S. State Department', 'State Department'],
    description: 'The US foreign ministry.',
  },
  {
    id: 'state-department-spokesperson',
    name: 'State Department spokesperson (unnamed)',
    kind: 'person',
    aliases: ['A spokesperson of the U.S. State Department', 'The spokesperson', 'The official'],
    description:
      'The unnamed US State Department spokesperson whose remarks on the Doha talks were ' +
      'reported by The Hill and Al Jazeera. The article does not say whether this is Ned Price, ' +
      'so this actor is kept distinct from him.',
  },
  {
    id: 'ned-price',
    name: 'Ned Price',
    kind: 'person',
    description: 'US State Department spokesperson, named in the article on the mosque bombing.',
  },
  {
    id: 'biden-administration',
    name: 'Biden administration',
    kind: 'government-body',
    description: 'The US administration of President Joe Biden.',
  },
  {
    id: 'us-military',
    name: 'US military',
    kind: 'government-body',
    aliases: ['U.S. military', 'U.S. troops'],
    description: 'US armed forces, withdrawn from Afghanistan in late August.',
  },
  {
    id: 'islamic-state',
    name: 'Islamic State',
    kind: 'armed-group',
    aliases: ['IS', 'Islamic State (IS) group'],
    description:
      'Militant group the article calls increasingly active in Afghanistan; the Taliban said ' +
      'it would not cooperate with the US in containing it.',
  },
  {
    id: 'iskp',
    name: 'Islamic State in Khorasan Province',
    kind: 'armed-group',
    aliases: ['ISKP', 'ISIS-K', 'the ISKP'],
    description:
      'An Islamic State (IS) affiliate group and a foe of the Taliban; it has ramped up attacks ' +
      'in Afghanistan since the Taliban took power and claimed the Shia mosque bombing.',
  },
  {
    id: 'shia-hazara-community',
    name: 'Shia Hazara community',
    kind: 'community',
    description: 'The community in Afghanistan that ISKP attacks have particularly targeted.',
  },
  {
    id: 'shiites',
    name: 'Shiites',
    kind: 'community',
    aliases: ['Shia'],
    description:
      'Shia Muslims in Afghanistan, targeted by the mosque bombing according to the Associated ' +
      'Press.',
  },
  {
    id: 'mosque-bombing-victims',
    name: 'People killed in the Shia mosque bombing',
    kind: 'other',
    description:
      'The 46 people the article says were killed in the Friday suicide bombing at a Shia ' +
      'mosque. The article names neither the mosque nor its town.',
  },
  {
    id: 'mosque-bomber',
    name: 'The mosque suicide bomber',
    kind: 'person',
    aliases: ['IS Bomber'],
    description:
      'Unnamed suicide bomber of the Shia mosque; the Associated Press reported he was a Uygher ' +
      '(Uyghur) Muslim.',
  },
  {
    id: 'uyghurs',
    name: 'Uyghurs',
    kind: 'community',
    aliases: ['Uygher', 'Uyghers'],
    description:
      'Muslim people whom, per the Associated Press report, the Taliban were purportedly willing ' +
      'to expel to meet demands from China. The article spells the name "Uygher".',
  },
  {
    id: 'china',
    name: 'China',
    kind: 'state',
    description: 'Whose demands the Taliban were purportedly willing to meet by expelling Uyghurs.',
  },
  {
    id: 'qatar',
    name: 'Qatar',
    kind: 'state',
    description: 'Host country of the US–Taliban meetings in its capital, Doha.',
  },
  {
    id: 'afghan-people',
    name: 'Afghan people',
    kind: 'community',
    aliases: ['Afghans', 'people in Afghanistan'],
    description: 'The people of Afghanistan, to whom the US would provide humanitarian aid.',
  },
  {
    id: 'afghan-women-and-girls',
    name: 'Afghan women and girls',
    kind: 'community',
    aliases: ['women and girls'],
    description: 'Whose rights the US said it would urge the Taliban to respect.',
  },
  {
    id: 'evacuees',
    name: 'People leaving Afghanistan',
    kind: 'community',
    description:
      'American citizens, Afghans and other foreign nationals whose continued safe departure ' +
      'from Afghanistan the State Department spokesperson called the US priority.',
  },
  {
    id: 'the-hill',
    name: 'The Hill',
    kind: 'media',
    description: 'US news outlet that reported the State Department spokesperson’s remarks.',
  },
  {
    id: 'al-jazeera',
    name: 'Al Jazeera',
    kind: 'media',
    description: 'News network that reported the State Department spokesperson’s remarks.',
  },
  {
    id: 'associated-press',
    name: 'Associated Press',
    kind: 'media',
    aliases: ['AP'],
    description:
      'News agency to which Suhail Shaheen spoke, and which reported on the mosque bomber.',
  },
  {
    id: 'latin-post',
    name: 'Latin Post',
    kind: 'media',
    description: 'Publisher of the source article, written by Joshua Summers.',
  },
  {
    id: 'bill-roggio',
    name: 'Bill Roggio',
    kind: 'person',
    description:
      'Senior fellow at the Foundation for Defense of Democracies who tracks militant groups.',
  },
  {
    id: 'foundation-for-defense-of-democracies',
    name: 'Foundation for Defense of Democracies',
    kind: 'organization',
    description: 'The organization where Bill Roggio is a senior fellow.',
  },
  {
    id: 'al-qaida',
    name: 'Al Qaida',
    kind: 'armed-group',
    description: 'Militant group the Taliban supports, according to Bill Roggio.',
  },
];

const drafts: EventDraft[] = [
  {
    id: 'us-troop-withdrawal',
    title: 'Chaotic withdrawal of US troops from Afghanistan',
    summary:
      'The United States withdrew its troops from Afghanistan in late August, in what the ' +
      'article calls a chaotic withdrawal.',
    kind: 'military',
    date: {
      value: '2021-08~',
      expression: 'in late August',
      note:
        'August before the publication on Sunday 2021-10-10, so August 2021. EDTF level 0/1 ' +
        'cannot say "late" within a month, so the month is given and marked approximate. The ' +
        'article dates the US military’s departure to August 30.',
    },
    actors: [
      { id: 'united-states', role: 'participant' },
      { id: 'us-military', role: 'participant' },
      { id: 'latin-post', role: 'reporter' },
    ],
    location: { name: 'Afghanistan' },
    quotes: ['the chaotic withdrawal of U.S. troops from Afghanistan in late August'],
  },
  {
    id: 'us-military-leaves-afghanistan',
    title: 'US military leaves Afghanistan',
    summary: 'The US military left Afghanistan on August 30.',
    kind: 'military',
    date: {
      value: '2021-08-30',
      expression: 'on August 30',
      note:
        'The article gives no year; the August 30 before the publication on 2021-10-10 is ' +
        '2021-08-30.',
    },
    actors: [
      { id: 'us-military', role: 'participant' },
      { id: 'united-states', role: 'participant' },
      { id: 'latin-post', role: 'reporter' },
    ],
    location: { name: 'Afghanistan' },
    quotes: ['the U.S. military left on August 30'],
  },
  {
    id: 'taliban-full-control-of-afghanistan',
    title: 'Taliban in full control of Afghanistan',
    summary:
      'After the US military left on August 30, the Taliban gained full control of Afghanistan ' +
      'and became its new rulers.',
    kind: 'political',
    date: {
      value: '2021-08-30/..',
      expression: 'after the U.S. military left on August 30',
      note:
        'The article says only that it came after the US military left on August 30 (2021, ' +
        'given publication on 2021-10-10) and describes it as a continuing state, so the ' +
        'interval starts 2021-08-30 and is open-ended. No exact date is given.',
    },
    actors: [
      { id: 'taliban', role: 'participant' },
      { id: 'latin-post', role: 'reporter' },
    ],
    location: { name: 'Afghanistan' },
    quotes: [
      `Taliban${NBSP}has gained full control of Afghanistan after the U.S. military left on ` +
        'August 30.',
    ],
  },
  {
    id: 'iskp-attacks-surge',
    title: 'ISKP ramps up attacks, targeting the Shia Hazara community',
    summary:
      'Since the Taliban took power, the Islamic State in Khorasan Province (ISKP), an IS ' +
      'affiliate, has ramped up attacks in Afghanistan, particularly targeting the Shia Hazara ' +
      'community.',
    kind: 'attack',
    date: {
      value: '2021-08-30/..',
      expression: 'Since the Taliban took power',
      note:
        'Ongoing at publication (2021-10-10), so the end is open. The start is when the Taliban ' +
        'took power, which the article dates only as after the US military left on August 30; ' +
        '2021-08-30 is that inference, not a date the article gives for the attacks.',
    },
    actors: [
      { id: 'iskp', role: 'perpetrator' },
      { id: 'shia-hazara-community', role: 'target' },
      { id: 'islamic-state', role: 'subject' },
      { id: 'latin-post', role: 'reporter' },
    ],
    location: { name: 'Afghanistan' },
    quotes: [
      'Since the Taliban took power, the Islamic State in Khorasan Province (ISKP or ISIS-K) has ' +
        'ramped up attacks in Afghanistan, particularly targeting the Shia Hazara community.',
      'ISKP is an IS affiliate group.',
    ],
  },
  {
    id: 'doha-talks',
    title: 'US and Taliban hold face-to-face talks in Doha',
    summary:
      'Senior Taliban representatives and a US delegation met face to face in Doha, Qatar over ' +
      'the weekend: the first such meeting between the two sides since the US troop withdrawal ' +
      'in late August.',
    kind: 'diplomacy',
    date: {
      value: '2021-10-09/2021-10-10',
      expression: 'over the weekend',
      note:
        'The weekend of Saturday 2021-10-09 and Sunday 2021-10-10, the article being published ' +
        'on that Sunday. The article does not say on which day or days the meetings were held.',
    },
    actors: [
      { id: 'taliban', role: 'participant' },
      { id: 'us-delegation', role: 'participant' },
      { id: 'united-states', role: 'participant' },
      { id: 'qatar', role: 'host' },
      { id: 'latin-post', role: 'reporter' },
    ],
    location: { name: 'Doha, Qatar' },
    quotes: [
      'The statement came after the face-to-face meetings between senior representatives of ' +
        `the${NBSP}Taliban${NBSP}and a U.S. delegation in Doha, Qatar over the weekend.`,
      "It's the first such meeting between the two sides",
    ],
  },
  {
    id: 'taliban-refuses-cooperation-against-is',
    title: 'Taliban rule out cooperating with the US against Islamic State',
    summary:
      'While signalling flexibility on evacuations, the Taliban said there would be no ' +
      'cooperation with the US in containing the increasingly active Islamic State group in ' +
      'Afghanistan.',
    kind: 'statement',
    date: {
      value: '2021-10-09',
      expression: 'on Saturday',
      note: 'The Saturday before the Sunday publication (2021-10-10), i.e. 2021-10-09.',
    },
    actors: [
      { id: 'taliban', role: 'speaker' },
      { id: 'united-states', role: 'subject' },
      { id: 'islamic-state', role: 'subject' },
      { id: 'latin-post', role: 'reporter' },
    ],
    quotes: [
      'But while the Taliban has signaled flexibility on evacuations, the group on Saturday said ' +
        'there will be no cooperation with the U.S. in containing the increasingly active ' +
        'Islamic State (IS) group in Afghanistan.',
    ],
  },
  {
    id: 'taliban-confirms-aid-without-recognition',
    title: 'Taliban confirm US humanitarian aid without recognition',
    summary:
      'The Taliban confirmed that the US would provide humanitarian aid to Afghanistan despite ' +
      'not recognizing the Taliban as the country’s new rulers, and would not link the aid to ' +
      'formal recognition.',
    kind: 'statement',
    date: {
      value: '2021-10-10',
      expression: 'on Sunday',
      note: 'The Sunday of publication: 2021-10-10 (10 October 2021 was a Sunday).',
    },
    actors: [
      { id: 'taliban', role: 'speaker' },
      { id: 'united-states', role: 'subject' },
      { id: 'afghan-people', role: 'subject' },
      { id: 'latin-post', role: 'reporter' },
    ],
    quotes: [
      'The Taliban on Sunday confirmed that the U.S. would provide humanitarian aid to ' +
        'Afghanistan despite not recognizing the new Taliban rulers of the South Asian country.',
      'The insurgent group noted that the U.S. agreed to provide humanitarian aid to Afghanistan ' +
        'but will not link such assistance to formal recognition of the Taliban.',
    ],
  },
  {
    id: 'us-statement-humanitarian-assistance',
    title: 'US statement: both sides discussed humanitarian assistance',
    summary:
      'In a less detailed statement than the Taliban’s, the US said both sides discussed its ' +
      'provision of "robust humanitarian assistance, directly to the Afghan people."',
    kind: 'statement',
    date: {
      value: '2021-10-09/2021-10-10',
      expression: 'In a less detailed statement',
      note:
        'Not dated in the article. It concerns the weekend talks and precedes publication on ' +
        'Sunday 2021-10-10, so it is bounded by that weekend, 2021-10-09 to 2021-10-10.',
    },
    actors: [
      { id: 'united-states', role: 'speaker' },
      { id: 'afghan-people', role: 'subject' },
      { id: 'taliban', role: 'subject' },
      { id: 'latin-post', role: 'reporter' },
    ],
    quotes: [
      "In a less detailed statement, the U.S. said that both sides discussed the U.S.' " +
        'provision of "robust humanitarian assistance, directly to the Afghan people."',
    ],
  },
  {
    id: 'taliban-say-talks-went-well',
    title: 'Taliban say the Doha talks "went well"',
    summary: 'The Taliban said the discussions in Doha "went well."',
    kind: 'statement',
    date: {
      value: '2021-10-09/2021-10-10',
      expression: 'the Taliban said the discussions in Doha "went well."',
      note:
        'Not dated in the article. It follows the weekend talks and precedes publication on ' +
        'Sunday 2021-10-10, so it is bounded by that weekend. It may be part of the Taliban’s ' +
        'Sunday statement, but the article does not say so.',
    },
    actors: [
      { id: 'taliban', role: 'speaker' },
      { id: 'latin-post', role: 'reporter' },
    ],
    location: { name: 'Doha, Qatar' },
    quotes: ['On the other hand, the Taliban said the discussions in Doha "went well."'],
  },
  {
    id: 'state-department-no-recognition',
    title: 'State Department: talks not about recognition or legitimacy',
    summary:
      'A US State Department spokesperson, echoing the Taliban, confirmed that the meeting was ' +
      'not about "granting recognition or conferring legitimacy" to the Taliban, and said any ' +
      'legitimacy must be earned through the Taliban’s actions, not words, The Hill reported.',
    kind: 'statement',
    date: {
      value: '2021-10-09/2021-10-10',
      expression: 'confirming that the meeting was not about',
      note:
        'Not dated in the article. The remarks concern the weekend meeting and echo the ' +
        'Taliban’s claims, and precede publication on Sunday 2021-10-10, so they are bounded by ' +
        'that weekend.',
    },
    actors: [
      { id: 'state-department-spokesperson', role: 'speaker' },
      { id: 'us-state-department', role: 'speaker' },
      { id: 'taliban', role: 'subject' },
      { id: 'the-hill', role: 'reporter' },
    ],
    quotes: [
      'A spokesperson of the U.S. State Department echoed the claims of the Taliban, confirming ' +
        'that the meeting was not about "granting recognition or conferring legitimacy" to the ' +
        `Taliban,${NBSP}The Hill${NBSP}reported.`,
      "The official said any legitimacy must be earned through the Taliban's actions and not " +
        'through words.',
    ],
  },
  {
    id: 'state-department-evacuation-priority',
    title: 'State Department: safe departures from Afghanistan are the US priority',
    summary:
      'The State Department spokesperson said the US priority is the continued safe departure ' +
      'of American citizens, Afghans and other foreign nationals from Afghanistan, Al Jazeera ' +
      'reported.',
    kind: 'statement',
    date: {
      value: '2021-10-09/2021-10-10',
      expression: 'The spokesperson underscored',
      note:
        'Not dated in the article. Reported as the spokesperson’s remarks on the weekend talks, ' +
        'before publication on Sunday 2021-10-10, so bounded by that weekend.',
    },
    actors: [
      { id: 'state-department-spokesperson', role: 'speaker' },
      { id: 'us-state-department', role: 'speaker' },
      { id: 'evacuees', role: 'subject' },
      { id: 'al-jazeera', role: 'reporter' },
    ],
    quotes: [
      'The spokesperson underscored that the priority of the U.S. is the continued safe ' +
        'departure of American citizens, Afghans, and other foreign nationals from ' +
        `Afghanistan,${NBSP}Al Jazeera${NBSP}reported.`,
    ],
  },
  {
    id: 'state-department-urges-rights-of-women-and-girls',
    title: 'State Department: US to urge Taliban to respect rights of women and girls',
    summary:
      'The spokesperson added that the US would also urge the Taliban to respect the rights of ' +
      'all Afghans, especially women and girls.',
    kind: 'statement',
    date: {
      value: '2021-10-09/2021-10-10',
      expression: 'The spokesperson added',
      note:
        'Not dated in the article. Part of the spokesperson’s remarks on the weekend talks, ' +
        'before publication on Sunday 2021-10-10, so bounded by that weekend.',
    },
    actors: [
      { id: 'state-department-spokesperson', role: 'speaker' },
      { id: 'us-state-department', role: 'speaker' },
      { id: 'taliban', role: 'subject' },
      { id: 'afghan-women-and-girls', role: 'subject' },
      { id: 'afghan-people', role: 'subject' },
      { id: 'latin-post', role: 'reporter' },
    ],
    quotes: [
      'The spokesperson added that the U.S. would also urge the Taliban to respect the rights ' +
        'of all Afghans, especially women and girls.',
    ],
  },
  {
    id: 'shaheen-afghan-land-not-used-for-attacks',
    title: 'Suhail Shaheen: Afghan land will not be used for attacks on other countries',
    summary:
      'Taliban spokesperson Suhail Shaheen told the Associated Press that the group would ' +
      'ensure Afghan land would not be used again by extremists to launch attacks against other ' +
      'countries.',
    kind: 'statement',
    date: {
      value: '2021-10-09/2021-10-10',
      expression: 'After the talks held in Doha',
      note:
        'Not dated in the article beyond "after the talks", which were held over the weekend; ' +
        'bounded by that weekend (Saturday 2021-10-09 to Sunday 2021-10-10, the publication ' +
        'date).',
    },
    actors: [
      { id: 'suhail-shaheen', role: 'speaker' },
      { id: 'taliban', role: 'speaker' },
      { id: 'associated-press', role: 'reporter' },
    ],
    quotes: [
      'After the talks held in Doha, Taliban spokesperson Suhail Shaheen told the Associated ' +
        'Press that the group would ensure that Afghan land would not be used again by ' +
        'extremists to launch attacks against other countries.',
    ],
  },
  {
    id: 'shia-mosque-suicide-bombing',
    title: 'Suicide bombing kills 46 at a Shia mosque',
    summary:
      'A suicide bombing killed 46 people at a Shia mosque in Afghanistan. The blast blew out ' +
      'windows, scattered debris and charred the ceiling of the structure.',
    kind: 'attack',
    date: {
      value: '2021-10-08',
      expression: "Friday's suicide bombing",
      note:
        'The Friday before the Sunday publication (2021-10-10): 2021-10-08 (8 October 2021 was ' +
        'a Friday).',
    },
    actors: [
      { id: 'mosque-bomber', role: 'perpetrator' },
      { id: 'iskp', role: 'claimant' },
      { id: 'mosque-bombing-victims', role: 'victim' },
      { id: 'shiites', role: 'target' },
      { id: 'latin-post', role: 'reporter' },
    ],
    location: { name: 'A Shia mosque in Afghanistan' },
    quotes: [
      '46 Killed Inside Afghanistan Mosque After IS Bomber Attack',
      "Friday's suicide bombing that killed 46 people at a Shia mosque",
      'The blast blew out windows, scattered debris, and charred the ceiling of the structure.',
    ],
  },
  {
    id: 'iskp-claims-mosque-bombing',
    title: 'ISKP claims the Shia mosque bombing',
    summary:
      'ISKP, a foe of the Taliban, claimed responsibility for the Friday suicide bombing that ' +
      'killed 46 people at a Shia mosque.',
    kind: 'statement',
    date: {
      value: '2021-10-08/2021-10-10',
      expression: "has claimed responsibility for Friday's suicide bombing",
      note:
        'The claim is not dated in the article: after the bombing on Friday 2021-10-08 and by ' +
        'publication on Sunday 2021-10-10.',
    },
    actors: [
      { id: 'iskp', role: 'claimant' },
      { id: 'taliban', role: 'subject' },
      { id: 'latin-post', role: 'reporter' },
    ],
    quotes: [
      "The ISKP, a foe of the Taliban, has claimed responsibility for Friday's suicide bombing " +
        'that killed 46 people at a Shia mosque.',
    ],
  },
  {
    id: 'ap-reports-uyghur-bomber',
    title: 'AP: Uyghur bomber targeted Shiites and the Taliban',
    summary:
      'The Associated Press reported that the attack was committed by a Uyghur Muslim and ' +
      'targeted both Shiites and the Taliban for their purported willingness to expel Uyghurs ' +
      'to meet demands from China.',
    kind: 'analysis',
    date: {
      value: '2021-10-08/2021-10-10',
      expression: 'The Associated Press reported',
      note:
        'The report is not dated in the article: after the bombing on Friday 2021-10-08 and by ' +
        'publication on Sunday 2021-10-10.',
    },
    actors: [
      { id: 'associated-press', role: 'reporter' },
      { id: 'mosque-bomber', role: 'perpetrator' },
      { id: 'shiites', role: 'target' },
      { id: 'taliban', role: 'target' },
      { id: 'uyghurs', role: 'subject' },
      { id: 'china', role: 'subject' },
    ],
    quotes: [
      `The${NBSP}Associated Press${NBSP}reported that the attack committed by a Uygher Muslim ` +
        'targeted both Shiites and the Taliban for their purported willingness to expel Uyghers ' +
        'to meet demands from China.',
    ],
  },
  {
    id: 'biden-administration-condemns-mosque-bombing',
    title: 'Biden administration condemns the mosque bombing',
    summary:
      'The Biden administration condemned the attack. State Department spokesperson Ned Price ' +
      'said people in Afghanistan "deserve a future free from terror."',
    kind: 'statement',
    date: {
      value: '2021-10-08/2021-10-10',
      expression: 'The Biden administration condemned the attack.',
      note:
        'Not dated in the article: after the bombing on Friday 2021-10-08 and by publication ' +
        'on Sunday 2021-10-10.',
    },
    actors: [
      { id: 'biden-administration', role: 'speaker' },
      { id: 'ned-price', role: 'speaker' },
      { id: 'us-state-department', role: 'speaker' },
      { id: 'afghan-people', role: 'subject' },
      { id: 'latin-post', role: 'reporter' },
    ],
    quotes: [
      'The Biden administration condemned the attack.',
      'U.S. State Department spokesperson Ned Price said people in Afghanistan "deserve a ' +
        'future free from terror."',
    ],
  },
  {
    id: 'roggio-criticizes-taliban-counterterrorism-partnership',
    title: 'Bill Roggio: "insane" to see the Taliban as a counterterrorism partner',
    summary:
      'Bill Roggio of the Foundation for Defense of Democracies said it was "insane" for the US ' +
      'to think the Taliban can be a reliable counterterrorism partner, given the group’s ' +
      'enduring support for Al Qaida.',
    kind: 'analysis',
    date: {
      value: '2021-08-30/2021-10-10',
      expression: 'Meanwhile',
      note:
        'Not dated in the article. "Meanwhile" loosely places it alongside the weekend’s ' +
        'events, but the text only bounds it by publication (2021-10-10); it concerns the ' +
        'Taliban as rulers, so it is taken to follow the US military’s departure on 2021-08-30 ' +
        '(an inference).',
    },
    actors: [
      { id: 'bill-roggio', role: 'speaker' },
      { id: 'foundation-for-defense-of-democracies', role: 'participant' },
      { id: 'united-states', role: 'subject' },
      { id: 'taliban', role: 'subject' },
      { id: 'al-qaida', role: 'subject' },
      { id: 'latin-post', role: 'reporter' },
    ],
    quotes: [
      'Meanwhile, Bill Roggio, a senior fellow at the Foundation for Defense of Democracies who ' +
        'tracks militant groups, said it was "insane" for the U.S. to think the Taliban can be ' +
        'a reliable counterterrorism partner "given the group\'s enduring support for Al Qaida.',
    ],
  },
];

const events: SeedEvent[] = drafts.map(({ quotes, ...event }) => ({
  ...event,
  passages: quotes.map(anchor),
}));

const dataset = {
  format: 'sourceline/1',
  id: DATASET_ID,
  title: 'US–Taliban talks in Doha, October 2021',
  description:
    'Events reported in a Latin Post article by Joshua Summers, published Sunday 10 October ' +
    '2021, on the first face-to-face US–Taliban talks in Doha since the US withdrawal from ' +
    'Afghanistan, and on the ISKP suicide bombing of a Shia mosque. The article text carries ' +
    'no headline: the source title is a descriptive one written for this dataset.',
  sources: [
    {
      id: SOURCE_ID,
      title: 'Taliban: US will provide humanitarian aid to Afghanistan without recognition',
      publisher: 'Latin Post',
      author: 'Joshua Summers',
      published: PUBLISHED,
      attribution: 'This article is owned by Latin Post. Written by Joshua Summers.',
      text,
    },
  ],
  actors,
  events,
};

// Self-check: anchors, references, ids, slugs, dates.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const POINT = /^\d{4}-\d{2}(?:-\d{2})?[~?%]?$/;
const problems: string[] = [];
const check = (ok: boolean, message: string): void => {
  if (!ok) problems.push(message);
};
const isDate = (value: string): boolean => {
  const parts = value.split('/');
  if (parts.length === 1) return POINT.test(value);
  const [start = '', end = ''] = parts;
  return parts.length === 2 && POINT.test(start) && (POINT.test(end) || end === '..');
};
const actorIds = new Set(actors.map((actor) => actor.id));
const usedActors = new Set<string>();
check(actorIds.size === actors.length, 'actor ids are not unique');
check(new Set(events.map((event) => event.id)).size === events.length, 'event ids not unique');
check(events.length >= 14, `only ${events.length} events`);
for (const actor of actors) check(SLUG.test(actor.id), `actor id not a slug: ${actor.id}`);
for (const event of events) {
  check(SLUG.test(event.id), `event id not a slug: ${event.id}`);
  check(isDate(event.date.value), `${event.id}: bad date ${event.date.value}`);
  check(event.passages.length > 0, `${event.id}: no passages`);
  for (const { id } of event.actors) {
    check(actorIds.has(id), `${event.id}: unknown actor ${id}`);
    usedActors.add(id);
  }
  for (const passage of event.passages) {
    const { start, end, exact, prefix, suffix } = passage;
    check(text.slice(start, end) === exact, `${event.id}: passage does not match its offsets`);
    check(text.slice(start - prefix.length, start) === prefix, `${event.id}: bad prefix`);
    check(text.slice(end, end + suffix.length) === suffix, `${event.id}: bad suffix`);
  }
}
for (const id of actorIds) check(usedActors.has(id), `actor ${id} is in no event`);
if (problems.length > 0) throw new Error(`Seed dataset self-check failed:\n${problems.join('\n')}`);

writeFileSync(OUTPUT_PATH, `${JSON.stringify(dataset, null, 2)}\n`, 'utf8');
console.log(
  `Wrote ${OUTPUT_PATH}: ${events.length} events, ${actors.length} actors, ` +
    `${events.reduce((n, event) => n + event.passages.length, 0)} passages.`,
);
