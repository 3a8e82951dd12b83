import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { convertShortcodes, type ShortcodeContext } from '../../src/wxr/shortcodes.ts';

const ctx: ShortcodeContext = {
  attachment: (id) => (id === 1 ? { src: '/media/abc/w640.jpg', alt: 'Bridge', width: 640, height: 480, caption: 'Built <1900>' } : null),
  childAttachments: [1],
};

describe('shortcodes', () => {
  it('turns [caption] into a figure, from its text or its caption attribute', () => {
    assert.deepEqual(convertShortcodes('[caption id="a" width="300"]<img src="x.jpg" alt=""> The bridge.[/caption]', ctx), {
      html: '<figure><img src="x.jpg" alt=""><figcaption>The bridge.</figcaption></figure>',
      notes: ['captions became figures'],
    });
    assert.equal(
      convertShortcodes('[caption caption="Old &quot;style&quot;"]<a href="y"><img src="x.jpg" /></a>[/caption]', ctx).html,
      '<figure><a href="y"><img src="x.jpg" /></a><figcaption>Old "style"</figcaption></figure>',
    );
  });

  it('turns [gallery] into figures of its pictures, by ids or by the post\'s attachments', () => {
    const figure = '<figure><img src="/media/abc/w640.jpg" alt="Bridge" width="640" height="480"><figcaption>Built &lt;1900&gt;</figcaption></figure>';
    assert.equal(convertShortcodes('[gallery]', ctx).html, figure);
    const some = convertShortcodes('[gallery columns="2" ids="1,9"]', ctx);
    assert.equal(some.html, figure);
    assert.deepEqual(some.notes, ['a gallery shows 1 of its 2 pictures (the others are not pictures in this export)']);
  });

  it('turns embeds into links and refuses non-web addresses', () => {
    assert.equal(convertShortcodes('[embed]https://video.example.org/v/1[/embed]', ctx).html, '<p><a href="https://video.example.org/v/1">https://video.example.org/v/1</a></p>');
    assert.equal(convertShortcodes('[youtube=https://youtu.be/abc&t=5]', ctx).html, '<p><a href="https://youtu.be/abc&amp;t=5">https://youtu.be/abc&amp;t=5</a></p>');
    assert.equal(convertShortcodes('[embed]javascript:alert(1)[/embed]', ctx).html, '');
  });

  it('drops unknown shortcodes but keeps what they enclose', () => {
    assert.deepEqual(convertShortcodes('[dropcap]M[/dropcap]ysterium [contact_form] [button url="x"]', ctx), {
      html: 'Mysterium  ',
      notes: ['[dropcap] removed, its text kept', '[contact_form] removed', '[button] removed'],
    });
  });

  it('leaves bracketed words that are just text, and unescapes [[…]]', () => {
    assert.deepEqual(convertShortcodes('beaching their coracles [simple boat]. It [sic] was. Write [[gallery]] to show one.', ctx), {
      html: 'beaching their coracles [simple boat]. It [sic] was. Write [gallery] to show one.',
      notes: [],
    });
  });
});
