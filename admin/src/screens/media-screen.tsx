import { useState } from 'preact/hooks';
import type { MediaAsset } from '../api/types.ts';
import { MediaDetailsForm } from '../components/media-details-form.tsx';
import { MediaGrid } from '../components/media-grid.tsx';
import { ModalDialog } from '../components/modal-dialog.tsx';
import { Screen } from '../components/screen.tsx';
import { UploadButton } from '../components/upload-button.tsx';

/** Every picture the newsroom has: upload, search, and fix the words and focal point that travel with it. */
export function MediaScreen() {
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<MediaAsset | null>(null);
  return (
    <Screen title="Media library" actions={<UploadButton id="library-upload" onUploaded={(a) => (setVersion((v) => v + 1), setEditing(a))} />}>
      <MediaGrid actionLabel="Edit details" version={version} idPrefix="library" onChoose={setEditing} />
      {editing ? (
        <ModalDialog title="Picture details" onClose={() => setEditing(null)}>
          <MediaDetailsForm
            key={editing.id}
            asset={editing}
            idPrefix="library-edit"
            onSaved={(a) => {
              setEditing(a);
              setVersion((v) => v + 1);
            }}
          />
        </ModalDialog>
      ) : null}
    </Screen>
  );
}
