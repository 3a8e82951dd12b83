import type { DemoSeries } from './demo-types.ts';

export const demoSeries: readonly DemoSeries[] = [
  {
    key: 'daily-pledge',
    slug: 'daily-pledge',
    name: 'Daily Pledge',
    description: 'Every weekday, a class from a Bur Oak County school leads the Pledge of Allegiance on KQBX 8. Teachers can sign their class up by contacting the newsroom.',
  },
];
