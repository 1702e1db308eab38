/** The guide's bibliography: the one place a reference is written out. Chapters cite by key. */
export interface Reference {
  /** Authors as they are cited in the list, surnames first. */
  authors: string;
  year: number;
  title: string;
  /** Journal, publisher or outlet, with volume and pages where there are any. */
  venue: string;
  /**
   * 'book' for a book or report: its title is italic and the venue is its publisher, in roman. Left out for an
   * article, whose journal or outlet is italic instead.
   */
  kind?: 'book';
}

export const references = {
  'allen-2006': {
    authors: 'Allen, T. D., Eby, L. T., & Lentz, E.',
    year: 2006,
    title:
      'Mentorship behaviors and mentorship quality associated with formal mentoring programs: Closing the gap between research and practice',
    venue: 'Journal of Applied Psychology, 91(3), 567–578',
  },
  'doran-1981': {
    authors: 'Doran, G. T.',
    year: 1981,
    title: "There's a S.M.A.R.T. way to write management's goals and objectives",
    venue: 'Management Review, 70(11), 35–36',
  },
  'dubois-2002': {
    authors: 'DuBois, D. L., Holloway, B. E., Valentine, J. C., & Cooper, H.',
    year: 2002,
    title: 'Effectiveness of mentoring programs for youth: A meta-analytic review',
    venue: 'American Journal of Community Psychology, 30(2), 157–197',
  },
  'dubois-2011': {
    authors: 'DuBois, D. L., Portillo, N., Rhodes, J. E., Silverthorn, N., & Valentine, J. C.',
    year: 2011,
    title: 'How effective are mentoring programs for youth? A systematic assessment of the evidence',
    venue: 'Psychological Science in the Public Interest, 12(2), 57–91',
  },
  'eby-2000': {
    authors: 'Eby, L. T., McManus, S. E., Simon, S. A., & Russell, J. E. A.',
    year: 2000,
    title: "The protégé's perspective regarding negative mentoring experiences: The development of a taxonomy",
    venue: 'Journal of Vocational Behavior, 57(1), 1–21',
  },
  'eby-2008': {
    authors: 'Eby, L. T., Allen, T. D., Evans, S. C., Ng, T., & DuBois, D. L.',
    year: 2008,
    title:
      'Does mentoring matter? A multidisciplinary meta-analysis comparing mentored and non-mentored individuals',
    venue: 'Journal of Vocational Behavior, 72(2), 254–267',
  },
  'eby-2013': {
    authors: 'Eby, L. T., Allen, T. D., Hoffman, B. J., et al.',
    year: 2013,
    title:
      'An interdisciplinary meta-analysis of the potential antecedents, correlates, and consequences of protégé perceptions of mentoring',
    venue: 'Psychological Bulletin, 139(2), 441–476',
  },
  'goldsmith-2002': {
    authors: 'Goldsmith, M.',
    year: 2002,
    title: 'Try feedforward instead of feedback',
    venue: 'Leader to Leader, 25, 11–14',
  },
  'fleming-2013': {
    authors: 'Fleming, M., House, S., Hanson, V. S., et al.',
    year: 2013,
    title: 'The Mentoring Competency Assessment: Validation of a new instrument to evaluate skills of research mentors',
    venue: 'Academic Medicine, 88(7), 1002–1008',
  },
  'gollwitzer-sheeran-2006': {
    authors: 'Gollwitzer, P. M., & Sheeran, P.',
    year: 2006,
    title: 'Implementation intentions and goal achievement: A meta-analysis of effects and processes',
    venue: 'Advances in Experimental Social Psychology, 38, 69–119',
  },
  'grossman-rhodes-2002': {
    authors: 'Grossman, J. B., & Rhodes, J. E.',
    year: 2002,
    title: 'The test of time: Predictors and effects of duration in youth mentoring relationships',
    venue: 'American Journal of Community Psychology, 30(2), 199–219',
  },
  'hattie-timperley-2007': {
    authors: 'Hattie, J., & Timperley, H.',
    year: 2007,
    title: 'The power of feedback',
    venue: 'Review of Educational Research, 77(1), 81–112',
  },
  'higgins-kram-2001': {
    authors: 'Higgins, M. C., & Kram, K. E.',
    year: 2001,
    title: 'Reconceptualizing mentoring at work: A developmental network perspective',
    venue: 'Academy of Management Review, 26(2), 264–288',
  },
  'johnson-2016': {
    authors: 'Johnson, W. B.',
    year: 2016,
    title: 'On Being a Mentor: A Guide for Higher Education Faculty (2nd ed.)',
    venue: 'Routledge',
    kind: 'book',
  },
  'kluger-denisi-1996': {
    authors: 'Kluger, A. N., & DeNisi, A.',
    year: 1996,
    title: 'The effects of feedback interventions on performance',
    venue: 'Psychological Bulletin, 119(2), 254–284',
  },
  'kram-1983': {
    authors: 'Kram, K. E.',
    year: 1983,
    title: 'Phases of the mentor relationship',
    venue: 'Academy of Management Journal, 26(4), 608–625',
  },
  'kram-1985': {
    authors: 'Kram, K. E.',
    year: 1985,
    title: 'Mentoring at Work: Developmental Relationships in Organizational Life',
    venue: 'Scott, Foresman',
    kind: 'book',
  },
  'locke-latham-2002': {
    authors: 'Locke, E. A., & Latham, G. P.',
    year: 2002,
    title: 'Building a practically useful theory of goal setting and task motivation',
    venue: 'American Psychologist, 57(9), 705–717',
  },
  'mentor-2015': {
    authors: 'MENTOR: The National Mentoring Partnership',
    year: 2015,
    title: 'Elements of Effective Practice for Mentoring (4th ed.)',
    venue: 'MENTOR: The National Mentoring Partnership',
    kind: 'book',
  },
  'mueller-dweck-1998': {
    authors: 'Mueller, C. M., & Dweck, C. S.',
    year: 1998,
    title: "Praise for intelligence can undermine children's motivation and performance",
    venue: 'Journal of Personality and Social Psychology, 75(1), 33–52',
  },
  'nasem-2019': {
    authors: 'National Academies of Sciences, Engineering, and Medicine',
    year: 2019,
    title: 'The Science of Effective Mentorship in STEMM',
    venue: 'The National Academies Press',
    kind: 'book',
  },
  'oettingen-2014': {
    authors: 'Oettingen, G.',
    year: 2014,
    title: 'Rethinking Positive Thinking: Inside the New Science of Motivation',
    venue: 'Current',
    kind: 'book',
  },
  'pfund-2014': {
    authors: 'Pfund, C., House, S. C., Asquith, P., et al.',
    year: 2014,
    title:
      'Training mentors of clinical and translational research scholars: A randomized controlled trial',
    venue: 'Academic Medicine, 89(5), 774–782',
  },
  'pfund-2015': {
    authors: 'Pfund, C., Branchaw, J. L., & Handelsman, J.',
    year: 2015,
    title: 'Entering Mentoring (2nd ed.)',
    venue: 'W. H. Freeman',
    kind: 'book',
  },
  'raposa-2019': {
    authors: 'Raposa, E. B., Rhodes, J., Stams, G. J. J. M., et al.',
    year: 2019,
    title: 'The effects of youth mentoring programs: A meta-analysis of outcome studies',
    venue: 'Journal of Youth and Adolescence, 48, 423–443',
  },
  'rosenberg-2015': {
    authors: 'Rosenberg, M. B.',
    year: 2015,
    title: 'Nonviolent Communication: A Language of Life (3rd ed.)',
    venue: 'PuddleDancer Press',
    kind: 'book',
  },
  'scott-2017': {
    authors: 'Scott, K.',
    year: 2017,
    title: 'Radical Candor',
    venue: "St. Martin's Press",
    kind: 'book',
  },
  'snyder-2014': {
    authors: 'Snyder, K.',
    year: 2014,
    title: 'The abrasiveness trap: High-achieving men and women are described differently in reviews',
    venue: 'Fortune, 26 August 2014',
  },
  'spencer-2007': {
    authors: 'Spencer, R.',
    year: 2007,
    title: '"It\'s not what I expected": A qualitative study of youth mentoring relationship failures',
    venue: 'Journal of Adolescent Research, 22(4), 331–354',
  },
  'steele-aronson-1995': {
    authors: 'Steele, C. M., & Aronson, J.',
    year: 1995,
    title: 'Stereotype threat and the intellectual test performance of African Americans',
    venue: 'Journal of Personality and Social Psychology, 69(5), 797–811',
  },
  'sue-2007': {
    authors: 'Sue, D. W., Capodilupo, C. M., Torino, G. C., et al.',
    year: 2007,
    title: 'Racial microaggressions in everyday life: Implications for clinical practice',
    venue: 'American Psychologist, 62(4), 271–286',
  },
  'weitzel-2000': {
    authors: 'Weitzel, S. R.',
    year: 2000,
    title: 'Feedback That Works: How to Build and Deliver Your Message',
    venue: 'Center for Creative Leadership',
    kind: 'book',
  },
  'whitmore-1992': {
    authors: 'Whitmore, J.',
    year: 1992,
    title: 'Coaching for Performance',
    venue: 'Nicholas Brealey',
    kind: 'book',
  },
} as const satisfies Record<string, Reference>;

export type ReferenceKey = keyof typeof references;

export const referenceKeys = Object.keys(references) as ReferenceKey[];
