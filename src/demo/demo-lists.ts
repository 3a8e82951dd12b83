import type { DemoList } from './demo-types.ts';

export const demoLists: readonly DemoList[] = [
  {
    slug: 'dont-miss',
    name: 'Don’t Miss',
    storyKeys: [
      'library-reading-room',
      'kolstads-bakery-75',
      'teacher-of-the-year',
      'veterans-memorial',
      'river-trail-trees',
      'pws-kiwi-chicks',
    ],
  },
];
