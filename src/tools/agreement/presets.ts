// The wording of the agreement: the three contexts with their default clauses and answers, the section titles,
// the clauses made from names and answers, and the checks. Every clause speaks for both people ("We agree...").
// A clause's key names the same idea across presets, so switching context can swap untouched defaults and
// keep edited ones. Sources: the boundaries, confidentiality and closing chapters of the guide.
//
// This module is content, not code: the page imports it at build time and hands it to the island as a prop, so
// the clause texts travel in the HTML and the island's JavaScript stays within the tool-page budget. Client
// code imports only its types.
import type { CheckId, FieldId, FixedSection, PresetId, Scheduler, SectionId } from './model';

export interface Preset {
  hint: string;
  /** The clause naming the programme contact; {contact} must be filled or the clause is left out. */
  contact: string;
  /** Clauses that protect a young person: removing one earns a warning before printing. */
  required?: [section: SectionId, key: string, what: string][];
  /** Label of the organisation field, and the word that joins it to the first clause. */
  org: [label: string, joiner: string];
  fields: Record<FieldId, string>;
  scheduler: Scheduler;
  /** People who sign after the mentee and the mentor, by role; their names are written by hand. */
  signers?: string[];
  clauses: Record<SectionId, [key: string, text: string][]>;
}

/**
 * Everything the model words. Templates fill {name} from the pair's answers; a clause with an empty {name} is
 * left out, and a [bracketed part] is left out when a {name} inside it is empty.
 */
export interface Library {
  presets: Record<PresetId, Preset>;
  titles: Record<SectionId | 'people', string>;
  fixed: Record<FixedSection, string[]>;
  checks: Record<CheckId, string>;
}

// Clauses shared by the workplace and academic presets (the youth preset has stricter ones of its own).
const pass: [string, string] = ['pass', 'We agree that either of us may say “I’d rather not go into that” about any topic, without having to explain why.'];
const focus: [string, string] = ['focus', 'We agree to give each meeting our full attention: phones away and no other work.'];
const goals: [string, string] = ['goals', 'We agree to write down a few goals in our first weeks and to come back to them when we review this agreement.'];
const urgent: [string, string] = ['urgent', 'We agree that an urgent message says so in its first line, and that a message sent outside these hours can wait until the next working day.'];
const priv: [string, string] = ['private', 'We agree not to use personal phone numbers or private messaging apps unless we both choose to.'];
const both: [string, string] = ['both', 'We agree that confidentiality runs both ways: the mentee keeps the mentor’s confidences on the same terms.'];
const harm: [string, string] = ['harm', 'We agree that confidentiality has limits. If either of us believes someone is at risk of serious harm, to themselves or to others, the mentor will tell someone who can help keep them safe, whatever was promised.'];
const law: [string, string] = ['law', 'We agree that the mentor will pass information on when the law requires it, for example under a court order.'];
const tell: [string, string] = ['tell', 'We agree that if one of these limits applies, the mentor will tell the mentee what they are passing on, to whom and why, as far as they are allowed, and will not promise an outcome they cannot control.'];
const roles: [string, string] = ['roles', 'We agree that some second roles do not mix with this mentoring: a romantic or sexual relationship, a business deal, or the mentor acting as the mentee’s landlord or therapist.'];
const social: [string, string] = ['social', 'We agree that connecting on a professional network such as LinkedIn is fine if we both want it, and that private social media accounts stay private while we are mentoring.'];
const feedback: [string, string] = ['feedback', 'We agree to tell each other what is working and what is not, kindly, soon and in private.'];
const checkin: [string, string] = ['checkin', 'We agree to spend a few minutes at the end of every third meeting on how the mentoring is going for each of us.'];
const change: [string, string] = ['change', 'We agree that either of us may ask to change this agreement at any time, and that we write the change down and both initial it.'];
const noFault: [string, string] = ['nofault', 'We agree that either of us may end this mentoring at any time, for any reason, without blame. This is a no-fault ending: no one has to show that anything went wrong.'];
const direct: [string, string] = ['direct', 'We agree that whoever wants to end it says so directly rather than going quiet, and that we hold a closing conversation to look back, say thanks and agree what comes next.'];
const lead = (what: string): [string, string] => ['lead', `We agree that the mentee leads: the mentee brings the topics and goals, and the mentor listens, asks questions, shares ${what} and opens doors where they can.`];
const agenda: [string, string] = ['agenda', 'We agree that the mentee sends the topics they want to cover a day before we meet, and that we end each meeting by agreeing next steps and who owns them.'];
const gifts = (whose: string): [string, string] => ['gifts', `We agree that a coffee or a thank-you card is fine, but no loans, payments or expensive gifts in either direction, and we follow ${whose} policy on gifts.`];
const places = (where: string): [string, string] => ['places', `We agree to meet where other people are around or can see in, such as ${where}, a café or a video call, and not in each other’s homes, hotel rooms or bars late at night.`];
const abuse = (whose: string): [string, string] => ['abuse', `We agree that abuse or neglect of a child or of a vulnerable adult, whether told or suspected, will be reported under ${whose} procedure.`];

export const presets: Record<PresetId, Preset> = {
  workplace: {
    hint: 'Colleagues in one organisation, or a mentor from outside the mentee’s team.',
    org: ['Organisation', 'within'],
    contact: 'We agree that {contact} is the person either of us can go to with a question or a worry about this mentoring.',
    fields: {
      frequency: 'every two weeks',
      duration: 'an hour',
      place: 'by video call or in a meeting room at work',
      cancelNotice: 'at least a working day before',
      channels: 'work email and video calls',
      hours: 'working hours, Monday to Friday',
      responseTime: 'two working days',
    },
    scheduler: 'mentee',
    clauses: {
      purpose: [
        ['aim', 'We agree that the purpose of this mentoring is the mentee’s growth at work: skills, confidence, career direction and the network around them.'],
        lead('experience'),
        goals,
      ],
      meetings: [agenda, focus],
      contact: [urgent, priv],
      confidentiality: [
        ['stays', 'We agree that what either of us says in our conversations stays between us. Neither of us passes it on, to a manager, a colleague or anyone else, without asking first.'],
        both,
        harm,
        abuse('the organisation’s'),
        ['duty', 'We agree that harassment, discrimination or other serious misconduct that the mentor has a duty to report at work will be passed to HR or the person the organisation names, even if the mentor is asked to keep it quiet.'],
        law,
        tell,
      ],
      offLimits: [
        pass,
        ['others', 'We agree to take care when we talk about the mentee’s manager or colleagues: we focus on what the mentee can do, not on judging people who are not in the room.'],
        ['power', 'We agree to name any power the mentor holds over the mentee, such as managing, assessing, promoting or hiring them, and that the mentor steps out of those decisions or says when they are speaking in that other role.'],
        roles,
        ['work', 'We agree that the mentor will not ask the mentee to do unpaid work on the mentor’s own projects.'],
      ],
      boundaries: [gifts('the organisation’s'), social, places('an office, a meeting room')],
      review: [feedback, checkin, change],
      ending: [
        noFault,
        direct,
        ['after', 'We agree that after the mentoring ends we may stay in touch as colleagues, and that the mentee may still ask the mentor for a reference or an introduction.'],
      ],
    },
  },
  academic: {
    hint: 'A student, researcher or early-career academic and a more experienced colleague.',
    org: ['University or institute', 'at'],
    contact: 'We agree that {contact} is the person either of us can go to with a question or a worry about this mentoring.',
    fields: {
      frequency: 'once a month',
      duration: 'an hour',
      place: 'in a meeting room on campus or by video call',
      cancelNotice: 'at least a working day before',
      channels: 'university email and video calls',
      hours: 'working hours, Monday to Friday',
      responseTime: 'three working days',
    },
    scheduler: 'mentee',
    clauses: {
      purpose: [
        ['aim', 'We agree that the purpose of this mentoring is the mentee’s development as a researcher: their research, writing, career plans and network, alongside their supervision and not instead of it.'],
        lead('experience of academic life'),
        goals,
      ],
      meetings: [agenda, focus],
      contact: [urgent, priv],
      confidentiality: [
        ['stays', 'We agree that what either of us says in our conversations stays between us. Neither of us passes it on, to a supervisor, a colleague or anyone else, without asking first.'],
        both,
        harm,
        abuse('the university’s'),
        ['duty', 'We agree that the mentor will pass on harassment, sexual misconduct or discrimination to the office the university names when the university’s rules require it, even if asked to keep it quiet, as “responsible employees” must at many US universities.'],
        law,
        tell,
      ],
      offLimits: [
        pass,
        ['others', 'We agree to take care when we talk about the mentee’s supervisor or colleagues: we focus on what the mentee can do, not on judging people who are not in the room.'],
        ['power', 'We agree to name any power the mentor holds over the mentee, such as supervising, examining, assessing or hiring them, and that the mentor steps out of those decisions or says when they are speaking in that other role.'],
        roles,
        ['work', 'We agree that the mentor will not ask the mentee to do unpaid work on the mentor’s own research, nor ask for authorship of work they did not contribute to.'],
      ],
      boundaries: [gifts('the university’s'), social, places('an office, a campus room')],
      review: [feedback, checkin, change],
      ending: [
        noFault,
        direct,
        ['after', 'We agree that after the mentoring ends we may stay in touch, and that the mentee may still ask for advice or a reference, which the mentor will give or honestly decline.'],
      ],
    },
  },
  youth: {
    hint: 'An adult volunteer and a young person matched by a programme. Stricter rules: the programme’s come first.',
    org: ['Programme', 'through'],
    contact: 'We agree that {contactOrBlank} is our programme contact: either of us can go to them with a question or a worry, and the mentor tells them about any concern for the mentee’s safety.',
    required: [
      ['confidentiality', 'abuse', 'reporting concerns about the mentee’s safety'],
      ['boundaries', 'places', 'approved meeting places'],
      ['boundaries', 'transport', 'no one-to-one transport'],
      ['boundaries', 'gifts', 'no gifts or money'],
      ['boundaries', 'social', 'no private social media contact'],
      ['contact', 'private', 'approved channels only'],
    ],
    fields: {
      frequency: 'once a week',
      duration: 'one to two hours',
      place: 'at the programme venue or another place the programme approves',
      cancelNotice: 'at least a day before',
      channels: 'the programme’s approved messaging app or phone line',
      hours: 'the day, from 9am to 8pm',
      responseTime: 'a day',
    },
    scheduler: 'mentor',
    // A young person signs this too, so it is worded for a reader of about thirteen: short sentences, common words.
    signers: ['Parent or carer', 'Programme coordinator'],
    clauses: {
      purpose: [
        ['lead', 'We agree that this mentoring is for the mentee. We spend our time on what matters to them, such as school, hobbies, plans and feeling confident. The mentor listens, cheers them on and shares what they have learned.'],
        ['goals', 'We agree to write down one to three goals in our first few weeks. We look at them again when we check this agreement.'],
      ],
      meetings: [
        ['parents', 'We agree that the mentee’s parent or carer has said yes to this match. They are told our plans, and when and where we meet.'],
        ['agenda', 'We agree to plan what we do together, within the programme’s rules. The mentor tells the programme contact when and where we will meet, and when a meeting is called off.'],
        ['focus', 'We agree to put our phones away when we meet, unless we need them for what we are doing.'],
      ],
      contact: [
        ['urgent', 'We agree that if the mentee is in danger or needs help right now, they do not wait for the mentor. They call the emergency services, or tell a parent, a carer or the programme.'],
        ['private', 'We agree to keep in touch only on the channels the programme approves, where the programme can see our messages. We do not use private apps, texts or calls.'],
      ],
      confidentiality: [
        ['stays', 'We agree that most things the mentee tells the mentor stay between us. The mentor does not pass them on to parents, carers, teachers or friends without asking first. The programme’s rules say what parents and carers are told. Some things the mentor must always pass on, and they are written below.'],
        ['harm', 'We agree that the mentor cannot keep a secret that puts anyone in danger. If the mentee or anyone else could come to serious harm, the mentor tells the programme contact straight away. If someone is in danger right now, the mentor calls the emergency services.'],
        ['abuse', 'We agree that the mentor takes any concern about the mentee’s safety, or any young person’s, to the programme contact the same day. Abuse or neglect must be reported. That means someone hurting a young person, or not looking after them. It is reported even if the mentor only thinks it might be happening.'],
        ['law', 'We agree that the mentor passes things on when the law requires it, for example if a court asks.'],
        ['tell', 'We agree that the mentor never promises to keep a secret. If the mentor has to pass something on, they tell the mentee what they are doing and why, as far as they are allowed.'],
      ],
      offLimits: [
        ['pass', 'We agree that either of us can say “I’d rather not talk about that” about anything. We do not have to say why.'],
        ['secrets', 'We agree that the mentor never asks the mentee to keep a secret from their parents, carers or the programme.'],
        ['substances', 'We agree that the mentor never gives the mentee alcohol, cigarettes, vapes, drugs or anything else that is not right for their age. The mentor never uses them while we are together.'],
        ['touch', 'We agree to keep physical contact to what the programme allows, such as a handshake or a high five.'],
      ],
      boundaries: [
        ['gifts', 'We agree to no gifts and no money either way, apart from what the programme allows for activities.'],
        ['social', 'We agree to no private social media contact. We do not follow, friend or message each other on our own accounts.'],
        ['places', 'We agree to meet only in places the programme approves. We never meet at either of our homes, unless the programme has said yes.'],
        ['transport', 'We agree that the mentor never gives the mentee a lift or travels alone with them: no one-to-one transport.'],
        ['photos', 'We agree that the mentor only takes or shares photos of the mentee if the programme and the mentee’s parent or carer say yes.'],
      ],
      review: [
        ['feedback', 'We agree to tell each other, kindly and soon, what is going well and what is not.'],
        ['checkin', 'We agree that the programme contact checks in often with each of us, and with the mentee’s parent or carer. We tell them honestly how things are going.'],
        ['change', 'We agree that either of us can ask to change this agreement. The programme contact agrees any change, and we write it down.'],
      ],
      ending: [
        ['nofault', 'We agree that either of us may end the match at any time without blame, by telling the programme contact. This is a no-fault ending: no one has to prove that anything went wrong.'],
        ['direct', 'We agree that the mentor never just disappears. A mentor who needs to stop tells the programme contact first. Then we have a last meeting, with the programme’s help, to look back and say goodbye. The mentee’s parent or carer is told and can take part.'],
        ['after', 'We agree that after the match ends, there is no private contact, online or off, unless the programme allows it and a parent or carer agrees. Then we keep in touch only in the way the programme sets.'],
      ],
    },
  },
};

export const library: Library = {
  presets,
  titles: {
    people: 'Who we are',
    purpose: 'Purpose and goals',
    meetings: 'Meetings',
    contact: 'Keeping in touch',
    confidentiality: 'Confidentiality and its limits',
    offLimits: 'Topics and behaviour off limits',
    boundaries: 'Gifts, money, social media and places',
    review: 'Feedback and review',
    ending: 'Ending',
  },
  fixed: {
    people: [
      'We, {mentee}, the mentee, and {mentor}, the mentor, make this agreement[ {joiner} {org}].',
      'We agree that our mentoring starts on {start}.',
    ],
    meetings: [
      'We agree to meet[ {frequency}][, for {duration} each time][, {place}].',
      'We agree that {arranging}.',
      'We agree that whoever needs to cancel or move a meeting tells the other {cancelNotice}, and offers another time.',
    ],
    contact: [
      'We agree to keep in touch by {channels}[, during {hours}].',
      'We agree to answer each other’s messages within {responseTime}.',
    ],
    review: ['We agree to review this agreement together on {review}, and to decide then whether to carry on, change it or close.'],
  },
  checks: {
    mentee: 'The mentee’s name is missing. Add it under “Who and when”.',
    mentor: 'The mentor’s name is missing. Add it under “Who and when”.',
    order: 'The review date is on or before the start date. Choose a review date after the start.',
    review: 'There is no review date yet, so the agreement will print a blank line for it.',
    contact: 'A youth programme agreement should name the programme contact: the person either of you goes to with a worry, and who hears any concern about the young person’s safety.',
    removed: 'Youth programme clauses removed: {list}. Check your programme’s rules before you sign.',
  },
};
