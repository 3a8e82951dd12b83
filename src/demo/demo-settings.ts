import type { DemoSettings } from './demo-types.ts';

/** KQBX 8 is a fictional station serving the fictional city of Kessler Falls in Bur Oak County. */
export const demoSettings: DemoSettings = {
  site: {
    name: 'KQBX 8 News',
    tagline: 'News, weather and sports for Kessler Falls and Bur Oak County',
    baseUrl: 'http://127.0.0.1:3000',
    timeZone: 'America/Chicago',
    locale: 'en-US',
    social: {
      facebook: 'https://www.facebook.com/kqbx8kesslerfalls',
      x: 'https://x.com/kqbx8kesslerfalls',
      instagram: 'https://www.instagram.com/kqbx8kesslerfalls',
      youtube: 'https://www.youtube.com/@kqbx8kesslerfalls',
    },
    dontMissListSlug: 'dont-miss',
    featuredSeriesSlug: 'daily-pledge',
    trendingHalfLifeHours: 6,
  },
  callLetters: 'KQBX',
  channel: 8,
  city: 'Kessler Falls',
  county: 'Bur Oak County',
  stormTeamName: 'KQBX Storm Team',
  staffByline: 'KQBX 8 News Staff',
};
