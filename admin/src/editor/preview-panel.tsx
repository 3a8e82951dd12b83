import { previewUrl } from '../api/http.ts';
import { ModalDialog } from '../components/modal-dialog.tsx';

/**
 * The saved story as its public page. The frame is sandboxed: the page's
 * own scripts (the page-view counter among them) do not run, so previews
 * never count as reads.
 */
export function PreviewDialog({ articleId, revision, onClose }: { articleId: number; revision: number; onClose: () => void }) {
  const src = `${previewUrl(articleId)}?r=${revision}`;
  return (
    <ModalDialog title="Preview as the public page" onClose={onClose}>
      <p class="hint">
        This is revision {revision} as readers would see it.{' '}
        <a href={src} target="_blank" rel="noopener">
          Open the preview in a new tab<span class="visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
      <iframe class="preview-frame" src={src} title="Public page preview" sandbox="" />
    </ModalDialog>
  );
}
