import type { DemoSection } from './demo-types.ts';

/** In menu order; a parent comes before its children. */
export const demoSections: readonly DemoSection[] = [
  { path: 'news', name: 'News', description: 'Local, regional and world news from the KQBX 8 newsroom.' },
  { path: 'news/local', name: 'Local News', description: 'Kessler Falls and Bur Oak County: city hall, public safety, roads and neighborhoods.' },
  { path: 'news/education', name: 'Education', description: 'Schools, school boards and Bur Oak Technical College.' },
  { path: 'news/health', name: 'Health', description: 'Clinics, hospitals, ambulance service and public health in Bur Oak County.' },
  { path: 'news/business', name: 'Business', description: 'Farms, shops and employers across the Larch Valley.' },
  { path: 'news/national-world', name: 'National & World', description: 'Stories from across the country and around the world from Prairie Wire Service.' },
  { path: 'politics', name: 'Politics', description: 'City council, county commission, elections and the ballot.' },
  { path: 'weather', name: 'Weather', description: 'Forecasts, severe weather coverage and river levels from the KQBX Storm Team.' },
  { path: 'sports', name: 'Sports', description: 'High school, college summer league and community sports.' },
  { path: 'sports/high-school', name: 'High School Sports', description: 'Scores, stories and state tournament runs from Bur Oak County high schools.' },
  { path: 'community', name: 'Community', description: 'Neighbors, events, the county fair and the Daily Pledge.' },
];
