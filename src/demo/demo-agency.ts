import type { DemoAgency } from './demo-types.ts';

/** The fictional news agency whose stories the station republishes. */
export const prairieWireService: DemoAgency = {
  provider: 'pws',
  name: 'Prairie Wire Service',
  source: 'PWS',
  copyrightHolder: 'Prairie Wire Service',
  copyrightNotice: 'Copyright 2026 Prairie Wire Service. All rights reserved.',
  usageTerms: 'This material may not be published, broadcast, rewritten or redistributed.',
};

/** The line printed at the foot of a wire story: notice, then usage terms. */
export function agencyCopyrightLine(agency: DemoAgency): string {
  return `${agency.copyrightNotice} ${agency.usageTerms}`;
}
