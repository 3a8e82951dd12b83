import { useRef, useState } from 'preact/hooks';
import { messageOf, request } from '../api/http.ts';
import type { MediaAsset } from '../api/types.ts';
import { ErrorMessage, LiveStatus } from './status.tsx';

interface UploadButtonProps {
  id: string;
  label?: string;
  onUploaded: (asset: MediaAsset) => void;
}

/** A labelled file input that sends the chosen picture to the library at once. */
export function UploadButton({ id, label = 'Upload a picture', onUploaded }: UploadButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function upload() {
    const file = input.current?.files?.[0];
    if (!file) return;
    setError(null);
    setStatus(`Uploading ${file.name}…`);
    try {
      const answer = await request<{ data: MediaAsset; created: boolean }>('POST', '/media', { file });
      setStatus(answer.body.created ? `${file.name} uploaded.` : `${file.name} was already in the library; using that copy.`);
      onUploaded(answer.body.data);
    } catch (err) {
      setStatus('');
      setError(messageOf(err));
    } finally {
      if (input.current) input.current.value = '';
    }
  }

  return (
    <div class="upload">
      <label for={id} class="button secondary">
        {label}
      </label>
      <input ref={input} id={id} type="file" accept="image/jpeg,image/png,image/webp,image/avif,image/gif,image/heic" class="file-input" onChange={() => void upload()} />
      <LiveStatus>{status}</LiveStatus>
      <ErrorMessage>{error}</ErrorMessage>
    </div>
  );
}
