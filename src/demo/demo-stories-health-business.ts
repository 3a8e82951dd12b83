import type { DemoStory } from './demo-types.ts';

/** Clinics, farms and employers. */
export const demoHealthBusinessStories: readonly DemoStory[] = [
  {
    key: 'eastside-clinic',
    sectionPath: 'news/health',
    headline: 'Eastside Family Health Clinic opens with walk-in care and an on-site pharmacy',
    dek: 'The clinic on East Prairie Avenue is the first primary care office on the city’s east side in more than a decade.',
    authorKeys: ['hannah-stroud'],
    tags: ['Health Care', 'Larch River Health', 'East Side'],
    publishedHoursAgo: 44,
    updatedHoursAgo: 40,
    correctionNote: 'An earlier version of this story gave the wrong hours for walk-in care. Walk-in care is available from 7 a.m. to 7 p.m. on weekdays and from 9 a.m. to 3 p.m. on Saturdays.',
    imageKey: 'img-eastside-clinic',
    paragraphs: [
      'Larch River Health has opened its Eastside Family Health Clinic on East Prairie Avenue, bringing primary care, walk-in visits and a pharmacy to a part of Kessler Falls that has gone without a doctor’s office for more than a decade.',
      'The 22,000-square-foot clinic has four family physicians, three nurse practitioners, a pediatrician and a behavioral health counselor. It accepts Medicaid and Medicare, and patients without insurance can apply for a sliding fee scale.',
      'Walk-in care is available from 7 a.m. to 7 p.m. on weekdays and from 9 a.m. to 3 p.m. on Saturdays. The pharmacy keeps the same hours.',
      '“Too many of our east-side patients were using the emergency room for their everyday care because it was the only place they could get to,” said medical director Dr. Samuel Adeyemi. “Now there’s a clinic they can walk to.”',
      'The clinic sits on two bus routes and has a free parking lot. Larch River Health expects about 30,000 patient visits in its first year.',
    ],
  },
  {
    key: 'grain-terminal',
    sectionPath: 'news/business',
    headline: 'Farmers cooperative plans a $45 million grain terminal east of Osgood',
    dek: 'The shuttle-train terminal would load 110 rail cars at a time and ship grain straight to export markets.',
    authorKeys: ['hannah-stroud'],
    tags: ['Agriculture', 'Prairie Harvest Cooperative', 'Osgood'],
    datelinePlace: 'OSGOOD',
    publishedHoursAgo: 140,
    imageKey: 'img-grain-terminal',
    paragraphs: [
      'Prairie Harvest Cooperative plans to build a $45 million grain terminal on 160 acres east of Osgood, a project that would let area farmers sell grain directly onto 110-car shuttle trains bound for export markets.',
      'The terminal would store about 5 million bushels and include a loop track long enough to hold a full shuttle train, which can be loaded in under 15 hours. Today most grain from the area is trucked to terminals 60 to 90 miles away.',
      '“Every mile a truck doesn’t drive is money that stays with the farmer,” said general manager Russ Lindgren, who estimated area growers could save 10 to 20 cents a bushel in freight.',
      'Cooperative members approved the project at their annual meeting. It still needs county permits and an agreement with the railroad, and the cooperative is asking Bur Oak County to rebuild a 3-mile stretch of County Road 22 to carry heavier truck traffic.',
      'If the approvals come through, construction could start next spring, with the terminal open in time for the following year’s harvest.',
    ],
  },
  {
    key: 'kolstads-bakery-75',
    sectionPath: 'news/business',
    headline: 'Kolstad’s Bakery, a downtown fixture that survived two floods, marks 75 years',
    dek: 'The third generation of the family still starts the ovens at 3:30 a.m. The cardamom rolls haven’t changed.',
    authorKeys: ['rosalind-achterberg'],
    tags: ['Small Business', 'Downtown', 'Kessler Falls'],
    publishedHoursAgo: 96,
    imageKey: 'img-kolstads-bakery',
    paragraphs: [
      'The line outside Kolstad’s Bakery on Main Street started before 6 a.m., and by 9 the cardamom rolls were gone. Nobody seemed surprised.',
      'The bakery celebrated 75 years downtown with free coffee, a wall of old newspaper clippings and a cake shaped like the original storefront. Arne and Hilde Kolstad opened the shop in 1951 in a rented space half a block away.',
      'Their granddaughter, Kristin Kolstad-Reyes, runs it now with her husband, Tomas. She still bakes from her grandmother’s recipe cards, some stained and taped back together. “The rye bread card has survived two floods,” she said. “So have we.”',
      'The Larch River flooded downtown in 1969 and again in 1997. Both times the bakery lost its equipment and reopened within months. In 1997, neighbors and customers helped shovel out the mud and haul away ruined flour.',
      '“This town carried us,” Kolstad-Reyes said. “So we keep showing up at 3:30 in the morning.”',
    ],
  },
];
