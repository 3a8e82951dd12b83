import { useState } from 'preact/hooks';
import { data, messageOf } from '../api/http.ts';
import type { MediaAsset } from '../api/types.ts';
import { formatBytes } from '../app/format.ts';
import { FocalPointPicker } from './focal-point-picker.tsx';
import { ErrorMessage, LiveStatus } from './status.tsx';

interface MediaDetailsFormProps {
  asset: MediaAsset;
  onSaved: (asset: MediaAsset) => void;
  /** Distinguishes the ids of two forms on one screen. */
  idPrefix: string;
}

/** Alt text, caption, credit and focal point of one picture; saving refreshes every page that shows it. */
export function MediaDetailsForm({ asset, onSaved, idPrefix }: MediaDetailsFormProps) {
  const [alt, setAlt] = useState(asset.alt);
  const [caption, setCaption] = useState(asset.caption ?? '');
  const [credit, setCredit] = useState(asset.credit ?? '');
  const [focal, setFocal] = useState(asset.focal);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  async function save(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved = await data<MediaAsset>('PATCH', `/media/${asset.id}`, { body: { alt, caption: caption || null, credit: credit || null, focal } });
      setStatus('Picture details saved.');
      onSaved(saved);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="media-details stack" onSubmit={save}>
      <p class="meta">
        {asset.width}×{asset.height} pixels, {formatBytes(asset.bytes)}
        {asset.wire ? ', from the wire' : ''}
      </p>
      <div class="field">
        <label for={`${idPrefix}-alt`}>Alt text</label>
        <p class="hint" id={`${idPrefix}-alt-hint`}>
          What the picture shows, for readers who cannot see it. Leave empty only for pure decoration.
        </p>
        <textarea id={`${idPrefix}-alt`} rows={2} value={alt} aria-describedby={`${idPrefix}-alt-hint`} onInput={(e) => setAlt((e.target as HTMLTextAreaElement).value)} />
      </div>
      <div class="field">
        <label for={`${idPrefix}-caption`}>Caption</label>
        <textarea id={`${idPrefix}-caption`} rows={2} value={caption} onInput={(e) => setCaption((e.target as HTMLTextAreaElement).value)} />
      </div>
      <div class="field">
        <label for={`${idPrefix}-credit`}>Credit</label>
        <input id={`${idPrefix}-credit`} value={credit} onInput={(e) => setCredit((e.target as HTMLInputElement).value)} />
      </div>
      <FocalPointPicker asset={asset} value={focal} onChange={setFocal} idPrefix={idPrefix} />
      <ErrorMessage>{error}</ErrorMessage>
      <LiveStatus>{status}</LiveStatus>
      <button type="submit" disabled={busy}>
        {busy ? 'Saving…' : 'Save picture details'}
      </button>
    </form>
  );
}
