import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef, useState } from 'preact/hooks';

interface RichTextEditorProps {
  /** The id of the visible label, read out as the editor's name. */
  labelledBy: string;
  initialHtml: string;
  onChange: (html: string) => void;
  readOnly?: boolean;
}

interface ToolButton {
  label: string;
  shortcut?: string;
  active: (e: Editor) => boolean;
  run: (e: Editor) => void;
}

/** Only what the site's sanitizer keeps: anything else would vanish on save and surprise the writer. */
const TOOLS: ToolButton[] = [
  { label: 'Bold', shortcut: 'Control+B', active: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
  { label: 'Italic', shortcut: 'Control+I', active: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
  { label: 'Heading', active: (e) => e.isActive('heading', { level: 2 }), run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
  { label: 'Subheading', active: (e) => e.isActive('heading', { level: 3 }), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  { label: 'Bulleted list', active: (e) => e.isActive('bulletList'), run: (e) => e.chain().focus().toggleBulletList().run() },
  { label: 'Numbered list', active: (e) => e.isActive('orderedList'), run: (e) => e.chain().focus().toggleOrderedList().run() },
  { label: 'Quote', active: (e) => e.isActive('blockquote'), run: (e) => e.chain().focus().toggleBlockquote().run() },
];

/**
 * The story body: a TipTap editor limited to the blocks a story page
 * prints. The toolbar is one tab stop (arrow keys move between buttons),
 * as WAI-ARIA's toolbar pattern asks, so Tab goes from toolbar to text.
 */
export function RichTextEditor({ labelledBy, initialHtml, onChange, readOnly }: RichTextEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [, setTick] = useState(0);
  const [focusIndex, setFocusIndex] = useState(0);
  const change = useRef(onChange);
  change.current = onChange;

  useEffect(() => {
    const e = new Editor({
      element: host.current!,
      content: initialHtml,
      editable: !readOnly,
      // The newsroom's CSP allows no inline styles; the editor's few rules are in the app stylesheet.
      injectCSS: false,
      extensions: [
        StarterKit.configure({
          heading: { levels: [2, 3, 4] },
          code: false,
          codeBlock: false,
          strike: false,
          underline: false,
          link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'], HTMLAttributes: { rel: null, target: null } },
        }),
      ],
      editorProps: {
        attributes: { 'aria-labelledby': labelledBy, 'aria-multiline': 'true', role: 'textbox', class: 'prose-editor' },
      },
      onUpdate: ({ editor: ed }) => change.current(ed.getHTML()),
      onSelectionUpdate: () => setTick((t) => t + 1),
      onTransaction: () => setTick((t) => t + 1),
    });
    setEditor(e);
    return () => e.destroy();
  }, []);

  function setLink() {
    if (!editor) return;
    const previous = (editor.getAttributes('link').href as string | undefined) ?? '';
    const url = window.prompt('Link address (leave empty to remove the link)', previous);
    if (url === null) return;
    if (url.trim() === '') editor.chain().focus().extendMarkRange('link').unsetLink().run();
    else editor.chain().focus().extendMarkRange('link').setLink({ href: url.trim() }).run();
  }

  const buttons = [
    ...TOOLS.map((t) => ({ label: t.label, shortcut: t.shortcut, pressed: editor ? t.active(editor) : false, run: () => editor && t.run(editor) })),
    { label: 'Link', shortcut: undefined, pressed: editor ? editor.isActive('link') : false, run: setLink },
    { label: 'Undo', shortcut: 'Control+Z', pressed: undefined, run: () => editor?.chain().focus().undo().run() },
    { label: 'Redo', shortcut: 'Control+Shift+Z', pressed: undefined, run: () => editor?.chain().focus().redo().run() },
  ];

  function onToolbarKey(e: KeyboardEvent) {
    const last = buttons.length - 1;
    const next = e.key === 'ArrowRight' ? (focusIndex === last ? 0 : focusIndex + 1) : e.key === 'ArrowLeft' ? (focusIndex === 0 ? last : focusIndex - 1) : e.key === 'Home' ? 0 : e.key === 'End' ? last : null;
    if (next === null) return;
    e.preventDefault();
    setFocusIndex(next);
    ((e.currentTarget as HTMLElement).querySelectorAll('button')[next] as HTMLButtonElement | undefined)?.focus();
  }

  return (
    <div class="rich-text">
      {readOnly ? null : (
        <div class="toolbar" role="toolbar" aria-label="Formatting" aria-controls="story-body-editor" onKeyDown={onToolbarKey}>
          {buttons.map((b, i) => (
            <button
              key={b.label}
              type="button"
              tabIndex={i === focusIndex ? 0 : -1}
              aria-pressed={b.pressed}
              aria-keyshortcuts={b.shortcut}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                setFocusIndex(i);
                b.run();
              }}
            >
              {b.label}
            </button>
          ))}
        </div>
      )}
      <div id="story-body-editor" ref={host} class="editor-host" />
    </div>
  );
}
