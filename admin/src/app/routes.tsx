import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorMessage, Loading } from '../components/status.tsx';
import { Screen } from '../components/screen.tsx';
import { Link } from '../components/link.tsx';
import { AccountScreen } from '../screens/account-screen.tsx';
import { DashboardScreen } from '../screens/dashboard-screen.tsx';
import { ListEditorScreen } from '../screens/list-editor-screen.tsx';
import { ListsScreen } from '../screens/lists-screen.tsx';
import { MediaScreen } from '../screens/media-screen.tsx';
import { SeriesScreen } from '../screens/series-screen.tsx';
import { SettingsScreen } from '../screens/settings-screen.tsx';
import { StoryListScreen } from '../screens/story-list-screen.tsx';
import { TokensScreen } from '../screens/tokens-screen.tsx';
import { UsersScreen } from '../screens/users-screen.tsx';
import { VideosScreen } from '../screens/videos-screen.tsx';
import { WireQueueScreen } from '../screens/wire-queue-screen.tsx';
import { type Location, match } from './router.ts';

type EditorProps = { id: number | null };

/** The story editor carries the rich-text editor, the largest part of the app: it is fetched when first opened. */
let editorModule: Promise<FunctionComponent<EditorProps>> | null = null;
const loadEditor = () => (editorModule ??= import('../screens/story-editor-screen.tsx').then((m) => m.StoryEditorScreen));

function StoryEditor(props: EditorProps) {
  const [Editor, setEditor] = useState<FunctionComponent<EditorProps> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loadEditor()
      .then((c) => setEditor(() => c))
      .catch(() => {
        editorModule = null;
        setFailed(true);
      });
  }, []);
  if (failed) return <ErrorMessage>The editor could not be loaded. Check the connection and reload the page.</ErrorMessage>;
  return Editor ? <Editor {...props} /> : <Loading what="the editor" />;
}

export function Routes({ location }: { location: Location }) {
  const { path, query } = location;
  let m: Record<string, string> | null;
  if (path === '/') return <DashboardScreen />;
  if (path === '/stories') return <StoryListScreen query={query} />;
  // One editor instance from /stories/new to /stories/12: the first save only changes the address, not the screen.
  if (path === '/stories/new') return <StoryEditor id={null} />;
  if ((m = match('/stories/:id', path))) return <StoryEditor id={Number(m.id)} />;
  if (path === '/wire') return <WireQueueScreen />;
  if (path === '/lists') return <ListsScreen />;
  if ((m = match('/lists/:id', path))) return <ListEditorScreen key={m.id} id={Number(m.id)} />;
  if (path === '/videos') return <VideosScreen />;
  if (path === '/series') return <SeriesScreen />;
  if (path === '/media') return <MediaScreen />;
  if (path === '/users') return <UsersScreen />;
  if (path === '/tokens') return <TokensScreen />;
  if (path === '/settings') return <SettingsScreen />;
  if (path === '/account') return <AccountScreen />;
  return (
    <Screen title="Not found">
      <p>
        There is no such screen in the newsroom. <Link href="/">Go to the dashboard</Link>.
      </p>
    </Screen>
  );
}
