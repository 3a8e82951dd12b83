import type sharp from 'sharp';
import { lazyPackage } from '../lazy-package.ts';

/** The image library, loaded at the first picture. */
export const loadSharp: () => Promise<typeof sharp> = lazyPackage(async () => (await import('sharp')).default);
