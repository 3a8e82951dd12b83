import type { DemoViewCount, DemoViewsPlan } from './demo-types.ts';

/** Hourly view counts, newest first: `hourly(0, [a, b])` is a views in the last hour, b in the hour before. */
function hourly(newestHoursAgo: number, counts: readonly number[]): readonly DemoViewCount[] {
  return counts.map((views, i) => ({ hoursAgo: newestHoursAgo + i, views }));
}

/**
 * A plausible recent history of readership: the fire, tonight's storm outlook
 * and the state baseball title are hot right now; the storm-damage story and
 * the bakery had big days earlier in the week and have cooled off.
 */
export const demoViews: DemoViewsPlan = [
  { storyKey: 'old-mill-warehouse-fire', counts: hourly(0, [940, 1210, 1480, 1630, 1150, 420]) },
  { storyKey: 'severe-storms-tonight', counts: hourly(0, [1320, 1090, 760, 310]) },
  { storyKey: 'central-baseball-title', counts: hourly(0, [210, 260, 330, 380, 450, 520, 610, 700, 820, 960, 1100, 1240, 1370, 1450, 980, 300]) },
  { storyKey: 'parks-sales-tax', counts: hourly(0, [180, 220, 260, 300, 340, 310, 280, 240, 190, 140, 90, 40]) },
  { storyKey: 'shelter-fee-waiver', counts: hourly(0, [120, 140, 150, 170, 160, 150, 130, 110, 90, 80, 60, 50, 40, 40, 30, 30, 30, 20, 20, 20, 10, 10]) },
  { storyKey: 'pws-western-snowpack', counts: hourly(0, [90, 110, 140, 160, 150, 120, 90, 60, 30]) },
  { storyKey: 'pledge-prairie-view', counts: hourly(0, [70, 80, 95, 110, 90, 60, 40, 20]) },
  { storyKey: 'council-budget', counts: hourly(0, [60, 70, 80, 95, 110, 130, 160, 210, 260, 320, 350, 300, 240, 180, 120, 80, 40, 20, 10, 10]) },
  { storyKey: 'library-reading-room', counts: hourly(2, [40, 50, 60, 80, 90, 110, 130, 160, 190, 220, 240, 210, 180, 140, 100, 70, 40, 30, 20, 10]) },
  { storyKey: 'middle-school-boundaries', counts: hourly(4, [30, 40, 60, 90, 120, 160, 200, 240, 260, 220, 180, 120, 80, 40, 20]) },
  { storyKey: 'pws-tank-car-inspections', counts: hourly(1, [20, 30, 40, 50, 60, 70, 60, 40, 30, 20, 10, 10, 10, 10, 10, 10, 10]) },
  { storyKey: 'free-bus-fares', counts: hourly(10, [40, 60, 90, 130, 170, 200, 180, 150, 110, 80, 60, 40, 30, 20, 10]) },
  { storyKey: 'eastside-clinic', counts: hourly(20, [30, 50, 70, 90, 120, 140, 160, 150, 130, 110, 90, 70, 50, 40, 30, 30, 20, 20, 10, 10]) },
  { storyKey: 'straight-line-winds', counts: hourly(40, [150, 220, 310, 420, 600, 850, 1200, 1650, 2100, 2600, 2900, 3100, 2800, 2200, 1500, 900, 400, 150]) },
  { storyKey: 'kolstads-bakery-75', counts: hourly(72, [200, 260, 340, 420, 560, 700, 880, 1050, 1180, 1200, 1100, 950, 800, 620, 450, 300, 200, 120, 80, 60, 40, 30, 20, 10]) },
];
