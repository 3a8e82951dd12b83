import { data } from '../api/http.ts';
import type { Dashboard } from '../api/types.ts';
import { atLeast, useSession } from '../app/session-context.ts';
import { useLoad } from '../app/use-load.ts';
import { Link } from '../components/link.tsx';
import { Screen } from '../components/screen.tsx';
import { ErrorMessage, Loading } from '../components/status.tsx';
import { StoryRows } from '../components/story-rows.tsx';
import { ViewsChart } from '../components/views-chart.tsx';

export function DashboardScreen() {
  const { user } = useSession();
  const board = useLoad((signal) => data<Dashboard>('GET', '/dashboard', { signal }), []);
  const d = board.value;
  return (
    <Screen
      title="Dashboard"
      actions={
        <Link href="/stories/new" class="button primary">
          New story
        </Link>
      }
    >
      <ErrorMessage>{board.error}</ErrorMessage>
      {!d ? (
        board.error ? null : <Loading what="the dashboard" />
      ) : (
        <div class="dashboard">
          <section class="panel" aria-labelledby="dash-progress">
            <h2 id="dash-progress">In progress</h2>
            <StoryRows stories={d.inProgress} time="edited" empty="No drafts in progress." />
            <Link href="/stories?status=draft&source=local">All drafts</Link>
          </section>
          <section class="panel" aria-labelledby="dash-scheduled">
            <h2 id="dash-scheduled">Scheduled</h2>
            <StoryRows stories={d.scheduled} time="scheduled" empty="Nothing is scheduled." />
          </section>
          {atLeast(user.role, 'editor') ? (
            <section class="panel" aria-labelledby="dash-wire">
              <h2 id="dash-wire">Wire queue</h2>
              <p class="big-number">
                <strong>{d.wireQueue.held}</strong> held {d.wireQueue.held === 1 ? 'story' : 'stories'}
              </p>
              <StoryRows stories={d.wireQueue.latest.slice(0, 5)} time="edited" empty="The wire queue is empty." />
              <Link href="/wire">Review the wire queue</Link>
            </section>
          ) : null}
          <section class="panel wide" aria-labelledby="dash-views">
            <h2 id="dash-views">Page views, last 7 days</h2>
            <ViewsChart days={d.views} />
          </section>
          <section class="panel" aria-labelledby="dash-trending">
            <h2 id="dash-trending">Trending today</h2>
            {d.trending.length === 0 ? (
              <p class="empty">No reads counted yet today.</p>
            ) : (
              <ol class="trending">
                {d.trending.map((t) => (
                  <li key={t.id}>
                    <Link href={`/stories/${t.id}`}>{t.headline}</Link>{' '}
                    <span class="meta">{t.viewsLast24Hours.toLocaleString()} views in 24 hours</span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
      )}
    </Screen>
  );
}
