import type { DemoAuthor } from './demo-types.ts';

export const demoAuthors: readonly DemoAuthor[] = [
  {
    key: 'dana-whitlock',
    name: 'Dana Whitlock',
    title: 'Chief Meteorologist',
    bio: 'Dana Whitlock leads the KQBX Storm Team and presents the evening forecasts. She has forecast Bur Oak County weather for 17 years and still keeps a rain gauge in her backyard on Juniper Street.',
  },
  {
    key: 'marcus-feld',
    name: 'Marcus Feld',
    title: 'Morning Meteorologist',
    bio: 'Marcus Feld wakes up before the sun to deliver the Storm Team morning forecast and the One Minute Forecast. He grew up on a farm near Osgood, where the weather was always the first topic at breakfast.',
  },
  {
    key: 'priya-raman',
    name: 'Priya Raman',
    title: 'City Hall Reporter',
    bio: 'Priya Raman covers the Kessler Falls City Council, city budgets, development and roads. Before joining KQBX 8, she reported for a weekly newspaper in the Larch Valley.',
  },
  {
    key: 'luis-carranza',
    name: 'Luis Carranza',
    title: 'Political Reporter',
    bio: 'Luis Carranza covers elections, the Bur Oak County Commission and the ballot questions that shape the county. He moderates the station’s candidate forums.',
  },
  {
    key: 'noah-bergquist',
    name: 'Noah Bergquist',
    title: 'Public Safety Reporter',
    bio: 'Noah Bergquist covers police, fire, courts and emergencies. He is usually the first KQBX 8 reporter on the scene when the scanner lights up.',
  },
  {
    key: 'caleb-ostrander',
    name: 'Caleb Ostrander',
    title: 'Education Reporter',
    bio: 'Caleb Ostrander covers Kessler Falls Public Schools, the rural districts of Bur Oak County and Bur Oak Technical College. He is a former middle school social studies teacher.',
  },
  {
    key: 'hannah-stroud',
    name: 'Hannah Stroud',
    title: 'Health and Business Reporter',
    bio: 'Hannah Stroud reports on health care, agriculture and the businesses that keep the Larch Valley working. Story ideas about a new shop or an old employer are always welcome.',
  },
  {
    key: 'rosalind-achterberg',
    name: 'Rosalind Achterberg',
    title: 'Community Reporter',
    bio: 'Rosalind Achterberg tells the stories of the people, places and traditions of Bur Oak County, from the county fair to the corner bakery. She also produces the Daily Pledge.',
  },
  {
    key: 'jonah-whitfield',
    name: 'Jonah Whitfield',
    title: 'Sports Director',
    bio: 'Jonah Whitfield has called Bur Oak County high school games for KQBX 8 for 14 seasons and anchors the evening sportscast.',
  },
  {
    key: 'keisha-lambert',
    name: 'Keisha Lambert',
    title: 'Sports Reporter',
    bio: 'Keisha Lambert covers high school sports across Bur Oak County, with a soft spot for track meets and softball doubleheaders. She ran the 400 meters in college.',
  },
];
