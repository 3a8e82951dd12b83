import type { DemoStory } from './demo-types.ts';
import { demoCityHallStories } from './demo-stories-city-hall.ts';
import { demoCommunityStories } from './demo-stories-community.ts';
import { demoDailyPledgeStories } from './demo-stories-daily-pledge.ts';
import { demoHealthBusinessStories } from './demo-stories-health-business.ts';
import { demoPublicSafetyStories } from './demo-stories-public-safety.ts';
import { demoSchoolStories } from './demo-stories-schools.ts';
import { demoSportsStories } from './demo-stories-sports.ts';
import { demoWeatherStories } from './demo-stories-weather.ts';

/** Every story written by the KQBX 8 newsroom. */
export const demoLocalStories: readonly DemoStory[] = [
  ...demoCityHallStories,
  ...demoPublicSafetyStories,
  ...demoSchoolStories,
  ...demoHealthBusinessStories,
  ...demoWeatherStories,
  ...demoSportsStories,
  ...demoCommunityStories,
  ...demoDailyPledgeStories,
];
