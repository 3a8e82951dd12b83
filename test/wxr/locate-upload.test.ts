import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { locateUpload, uploadCandidates } from '../../src/wxr/locate-upload.ts';
import type { WxrItem } from '../../src/wxr/wxr-document.ts';
import { tempDir } from '../media/support/temp-dir.ts';

const attachment = (meta: Record<string, string>, url = 'https://site.example.org/wp-content/uploads/2024/05/a.jpg'): WxrItem => ({
  postId: 1, title: 'a', link: null, guid: url, creator: null, contentHtml: '', excerptHtml: '', postDateGmt: null, postDate: null, postName: 'a',
  status: 'inherit', postType: 'attachment', postParent: null, menuOrder: 0, password: '', sticky: false, attachmentUrl: url, terms: [],
  meta: new Map(Object.entries(meta)), commentCount: 0,
});

describe('finding an attachment in a copy of the uploads folder', () => {
  it('tries the attached-file meta, the metadata file and the URL path, best first', () => {
    assert.deepEqual(uploadCandidates(attachment({ _wp_attached_file: '2024/05/a.jpg' })), ['2024/05/a.jpg', 'wp-content/uploads/2024/05/a.jpg', 'a.jpg']);
    assert.deepEqual(uploadCandidates(attachment({ _wp_attachment_metadata: 'a:1:{s:4:"file";s:9:"x/b c.png";}' }, 'https://h.example.org/2008/06/b%20c.png')), [
      'x/b c.png', '2008/06/b c.png', 'b c.png',
    ]);
  });

  it('finds the file, and never looks outside the folder', async (t) => {
    const root = await tempDir(t, 'dateline-uploads-');
    await mkdir(join(root, '2024/05'), { recursive: true });
    await writeFile(join(root, '2024/05/a.jpg'), 'x');
    await writeFile(join(root, '..', 'outside.jpg'), 'x').catch(() => {});
    assert.equal((await locateUpload(root, attachment({}))).path, join(root, '2024/05/a.jpg'));
    const escaping = await locateUpload(root, attachment({ _wp_attached_file: '../outside.jpg' }, 'https://h.example.org/nothing.jpg'));
    assert.equal(escaping.path, null);
    assert.equal((await locateUpload(root, attachment({ _wp_attached_file: '/etc/passwd' }, 'https://h.example.org/x/'))).path, null);
  });
});
