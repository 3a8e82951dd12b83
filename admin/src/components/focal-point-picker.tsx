import type { MediaAsset } from '../api/types.ts';

interface FocalPointPickerProps {
  asset: MediaAsset;
  value: { x: number; y: number };
  onChange: (focal: { x: number; y: number }) => void;
  idPrefix: string;
}

/**
 * Where crops of the picture centre. A click on the picture sets it; the
 * two sliders do the same from the keyboard. Crops readers see (cards,
 * thumbnails) keep this point in frame.
 */
export function FocalPointPicker({ asset, value, onChange, idPrefix }: FocalPointPickerProps) {
  const pct = (n: number) => Math.round(n * 100);
  return (
    <fieldset class="focal">
      <legend>Focal point</legend>
      <p class="hint">Click the part of the picture that must stay in view when it is cropped.</p>
      <div
        class="focal-frame"
        onClick={(e) => {
          const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
          onChange({ x: Math.min(1, Math.max(0, (e.clientX - box.left) / box.width)), y: Math.min(1, Math.max(0, (e.clientY - box.top) / box.height)) });
        }}
      >
        <img src={asset.url} alt="" width={asset.width} height={asset.height} draggable={false} />
        <span class="focal-mark" aria-hidden="true" style={{ left: `${pct(value.x)}%`, top: `${pct(value.y)}%` }} />
      </div>
      <div class="focal-sliders">
        <label for={`${idPrefix}-fx`}>From the left: {pct(value.x)}%</label>
        <input id={`${idPrefix}-fx`} type="range" min={0} max={100} value={pct(value.x)} onInput={(e) => onChange({ ...value, x: Number((e.target as HTMLInputElement).value) / 100 })} />
        <label for={`${idPrefix}-fy`}>From the top: {pct(value.y)}%</label>
        <input id={`${idPrefix}-fy`} type="range" min={0} max={100} value={pct(value.y)} onInput={(e) => onChange({ ...value, y: Number((e.target as HTMLInputElement).value) / 100 })} />
      </div>
    </fieldset>
  );
}
