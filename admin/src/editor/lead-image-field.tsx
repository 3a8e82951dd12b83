import { useState } from 'preact/hooks';
import { data } from '../api/http.ts';
import type { MediaAsset } from '../api/types.ts';
import { useLoad } from '../app/use-load.ts';
import { MediaDetailsForm } from '../components/media-details-form.tsx';
import { MediaGrid } from '../components/media-grid.tsx';
import { ModalDialog } from '../components/modal-dialog.tsx';
import { UploadButton } from '../components/upload-button.tsx';

interface LeadImageFieldProps {
  mediaId: number | null;
  onChange: (mediaId: number | null) => void;
  disabled?: boolean;
}

/** The story's lead picture: chosen from the library or uploaded, with its words and focal point edited in place. */
export function LeadImageField({ mediaId, onChange, disabled }: LeadImageFieldProps) {
  const [choosing, setChoosing] = useState(false);
  const asset = useLoad((signal) => (mediaId === null ? Promise.resolve(null) : data<MediaAsset>('GET', `/media/${mediaId}`, { signal })), [mediaId]);
  const current = mediaId === null ? null : asset.value ?? null;

  return (
    <section class="lead-image panel" aria-labelledby="lead-image-heading">
      <h2 id="lead-image-heading">Lead image</h2>
      {current ? (
        <>
          <img class="lead-preview" src={current.cardUrl} alt={current.alt} width={320} height={180} />
          <details class="media-edit">
            <summary>Caption, credit, alt text and focal point</summary>
            <MediaDetailsForm key={current.id} asset={current} idPrefix="lead" onSaved={(a) => asset.set(a)} />
          </details>
        </>
      ) : (
        <p class="empty">{mediaId === null ? 'No lead image.' : 'Loading the picture…'}</p>
      )}
      {disabled ? null : (
        <div class="button-row">
          <button type="button" class="secondary" onClick={() => setChoosing(true)}>
            {current ? 'Replace from library' : 'Choose from library'}
          </button>
          <UploadButton id="lead-upload" label="Upload a new picture" onUploaded={(a) => onChange(a.id)} />
          {current ? (
            <button type="button" class="secondary" onClick={() => onChange(null)}>
              Remove lead image
            </button>
          ) : null}
        </div>
      )}
      {choosing ? (
        <ModalDialog title="Choose a lead image" onClose={() => setChoosing(false)}>
          <MediaGrid
            actionLabel="Use this picture"
            version={0}
            idPrefix="pick"
            onChoose={(a) => {
              setChoosing(false);
              onChange(a.id);
            }}
          />
        </ModalDialog>
      ) : null}
    </section>
  );
}
