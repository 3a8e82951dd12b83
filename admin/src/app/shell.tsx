import { useEffect, useState } from 'preact/hooks';
import { Link } from '../components/link.tsx';
import { isCurrent, NAV_ITEMS } from './nav-items.ts';
import { useLocation } from './router.ts';
import { Routes } from './routes.tsx';
import { atLeast, useSession } from './session-context.ts';

/** Header, navigation and the current screen. On a narrow window the navigation folds behind a Menu button. */
export function Shell() {
  const { user, signOut } = useSession();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [location.path]);
  const items = NAV_ITEMS.filter((i) => atLeast(user.role, i.role));

  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="topbar">
        <Link href="/" class="brand">
          Newsroom
        </Link>
        <button type="button" class="menu-button" aria-expanded={menuOpen} aria-controls="main-nav" onClick={() => setMenuOpen(!menuOpen)}>
          Menu
        </button>
        <div class="account">
          <Link href="/account">
            <span class="visually-hidden">Your account: </span>
            {user.name}
          </Link>
          <a href="/" class="view-site">
            View site
          </a>
          <button type="button" class="link-button" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <nav id="main-nav" class={menuOpen ? 'sidebar open' : 'sidebar'} aria-label="Newsroom">
        <ul>
          {items.map((item) => (
            <li key={item.href}>
              <Link href={item.href} aria-current={isCurrent(item, location.path) ? 'page' : undefined}>
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" class="content">
        <Routes location={location} />
      </main>
    </div>
  );
}
