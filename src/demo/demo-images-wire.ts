import type { DemoImage } from './demo-types.ts';

const pws = (guid: string) => ({ provider: 'pws', guid, version: 1 });

/** Agency photos: captions in wire style, ending with the credit in parentheses. */
export const demoWireImages: readonly DemoImage[] = [
  {
    key: 'img-pws-reservoir',
    alt: 'Snow-capped peaks above a reservoir with a wide band of bare shoreline',
    caption: 'Snow clings to the upper slopes of the Front Range above a partly filled reservoir west of Denver. Snowpack across much of the Rocky Mountains is well below average heading into the melt season, and water managers from Colorado to Utah are warning farms and cities to prepare for tighter supplies this summer. (PWS Photo/Rafael Ortiz)',
    credit: 'PWS Photo/Rafael Ortiz',
    focal: { x: 0.5, y: 0.4 },
    scene: { kind: 'mountains', light: 'day', description: 'Snowy mountain range over a low reservoir with exposed banks.' },
    wire: pws('urn:pws:2026:photo:4e17b0d2'),
  },
  {
    key: 'img-pws-grain-train',
    alt: 'A long train of covered hopper cars crossing flat prairie beside a grain elevator',
    caption: 'A grain train rolls past a country elevator on a branch line in southern Saskatchewan. Canada’s federal government will spend 480 million Canadian dollars over five years on longer sidings and rebuilt crossings on lines that carry prairie grain to export ports. (PWS Photo/Simon Tremblay)',
    credit: 'PWS Photo/Simon Tremblay',
    focal: { x: 0.45, y: 0.55 },
    scene: { kind: 'grain', light: 'day', description: 'Prairie grain elevator with a long train of hopper cars under a big sky.' },
    wire: pws('urn:pws:2026:photo:a90c33f5'),
  },
  {
    key: 'img-pws-monarch-forest',
    alt: 'Orange monarch butterflies clustered on the branches of tall fir trees',
    caption: 'Monarch butterflies cluster on fir branches in a wintering colony in the mountains of central Mexico. The area covered by the colonies grew for a second straight year, researchers said, though the population remains far below its peak of the 1990s. (PWS Photo/Eduardo Villalobos)',
    credit: 'PWS Photo/Eduardo Villalobos',
    focal: { x: 0.5, y: 0.45 },
    scene: { kind: 'forest', light: 'day', description: 'Tall firs on a mountainside with clouds of orange butterflies among the branches.' },
    wire: pws('urn:pws:2026:photo:62d8e19a'),
  },
  {
    key: 'img-pws-container-ship',
    alt: 'A heavily loaded container ship leaving port past cranes',
    caption: 'A container ship stacked with cargo leaves port past gantry cranes. The number of containers lost overboard fell last year to the lowest level since an industry group began keeping count nearly two decades ago, according to a report released in Geneva. (PWS Photo/Ingrid Halvorsen)',
    credit: 'PWS Photo/Ingrid Halvorsen',
    focal: { x: 0.55, y: 0.55 },
    scene: { kind: 'harbor', light: 'dusk', description: 'Container ship with colorful stacks of boxes passing harbor cranes at dusk.' },
    wire: pws('urn:pws:2026:photo:d5b2704e'),
  },
  {
    key: 'img-pws-tank-cars',
    alt: 'A line of black tank cars parked on a siding at sunset',
    caption: 'Rail tank cars sit on a siding outside a rail yard. Federal regulators have proposed requiring ultrasonic testing of welds on tank cars built before 2000 that carry crude oil, ethanol and other flammable liquids. (PWS Photo/Carla Mendenhall)',
    credit: 'PWS Photo/Carla Mendenhall',
    focal: { x: 0.5, y: 0.6 },
    scene: { kind: 'rail', light: 'dusk', description: 'Row of black tank cars on a siding with a low sun behind them.' },
    wire: pws('urn:pws:2026:photo:17fa9c08'),
  },
  {
    key: 'img-pws-wheat-plots',
    alt: 'Rows of green wheat stretching toward a farmstead under a blue sky',
    caption: 'Young wheat grows in trial plots on a farm near Lincoln, Neb. Breeders are testing six drought-tolerant varieties against popular commercial wheats on 40 farms in five states. (PWS Photo/Jenna Albrecht)',
    credit: 'PWS Photo/Jenna Albrecht',
    focal: { x: 0.5, y: 0.6 },
    scene: { kind: 'farm', light: 'day', description: 'Green wheat rows leading to a red barn and silo on the horizon.' },
    wire: pws('urn:pws:2026:photo:8b6e41c7'),
  },
  {
    key: 'img-pws-kiwi-forest',
    alt: 'Dense native forest under a starry night sky',
    caption: 'Native forest inside a predator-proof sanctuary in New Zealand’s central North Island, where rangers counted a record 112 kiwi chicks this season. Kiwi are flightless birds found only in New Zealand and are most active at night. (PWS Photo/Tane Whitcombe)',
    credit: 'PWS Photo/Tane Whitcombe',
    focal: { x: 0.5, y: 0.5 },
    scene: { kind: 'forest', light: 'night', description: 'Layered native forest and ferns beneath a starry sky.' },
    wire: pws('urn:pws:2026:photo:c3307ad1'),
  },
];
