import type { DemoStory } from './demo-types.ts';

const signUp =
  'Want your class to lead the Daily Pledge on KQBX 8? Teachers can sign up by contacting the newsroom. We visit schools across Bur Oak County all year.';

/** Daily Pledge entries published as stories; the rest of the series is video. */
export const demoDailyPledgeStories: readonly DemoStory[] = [
  {
    key: 'pledge-prairie-view',
    sectionPath: 'community',
    headline: 'Daily Pledge: Ms. Lindahl’s third graders at Prairie View Elementary',
    dek: 'The class leads the Pledge of Allegiance and shares what it would build in the neighborhood park.',
    authorKeys: [],
    byline: 'KQBX 8 News Staff',
    tags: ['Daily Pledge', 'Prairie View Elementary'],
    publishedHoursAgo: 8,
    seriesKey: 'daily-pledge',
    imageKey: 'img-pledge-prairie-view',
    paragraphs: [
      'This Daily Pledge comes from Ms. Lindahl’s third grade class at Prairie View Elementary in Kessler Falls.',
      'The 24 students have been studying how city government works and wrote letters to the mayor about what they would build in their neighborhood park. The most popular answers: a zip line, a bigger sledding hill and more drinking fountains.',
      signUp,
    ],
  },
  {
    key: 'pledge-riverside',
    sectionPath: 'community',
    headline: 'Daily Pledge: Mr. Abara’s fifth graders at Riverside Elementary',
    dek: 'The class raised monarch caterpillars in the classroom and released the butterflies in the school garden.',
    authorKeys: [],
    byline: 'KQBX 8 News Staff',
    tags: ['Daily Pledge', 'Riverside Elementary'],
    publishedHoursAgo: 56,
    seriesKey: 'daily-pledge',
    imageKey: 'img-pledge-riverside',
    paragraphs: [
      'This Daily Pledge comes from Mr. Abara’s fifth grade class at Riverside Elementary in Kessler Falls.',
      'The 27 students are finishing a unit on Larch River wildlife. They raised two dozen monarch caterpillars in the classroom, kept a journal as each one formed a chrysalis, and released the butterflies in the school garden.',
      signUp,
    ],
  },
  {
    key: 'pledge-linden-grove',
    sectionPath: 'community',
    headline: 'Daily Pledge: Mrs. Tollefson’s kindergartners at Linden Grove Elementary',
    dek: 'The kindergartners practiced the pledge every morning for two weeks before the cameras arrived.',
    authorKeys: [],
    byline: 'KQBX 8 News Staff',
    tags: ['Daily Pledge', 'Linden Grove'],
    publishedHoursAgo: 104,
    seriesKey: 'daily-pledge',
    imageKey: 'img-pledge-linden-grove',
    paragraphs: [
      'This Daily Pledge comes from Mrs. Tollefson’s kindergarten class at Linden Grove Elementary.',
      'The 19 kindergartners practiced the pledge every morning for two weeks before our visit. They are learning to count coins by running a pretend bakery in the classroom, where the most expensive item is a paper cupcake for 25 cents.',
      signUp,
    ],
  },
];
