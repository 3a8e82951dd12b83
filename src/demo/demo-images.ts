import { demoLocalImages } from './demo-images-local.ts';
import { demoPosterImages } from './demo-images-posters.ts';
import { demoWireImages } from './demo-images-wire.ts';
import type { DemoImage } from './demo-types.ts';

/** Every image the demo newsroom uses: story photos, agency photos and video posters. */
export const demoImages: readonly DemoImage[] = [...demoLocalImages, ...demoWireImages, ...demoPosterImages];
