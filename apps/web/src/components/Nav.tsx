import type { Me } from '@rma-hub/api-client';
import { hrefOf, navigate, type Route } from '../router';
import { en } from '../text/en';
import { chainNavItems } from './chain-nav';
import { opsNavItems } from './ops-nav';

/** A link inside the app: a real href (open in a new tab works), navigated without a reload. */
export function AppLink({ to, children, current }: { to: Route; children: string; current?: boolean }) {
  return (
    <a
      href={hrefOf(to)}
      aria-current={current ? 'page' : undefined}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}

/** The pages the caller's role has: resellers submit claims; everyone lists theirs and their inbox. */
export function Nav({ me, route, onSignOut }: { me: Me; route: Route; onSignOut(): void }) {
  return (
    <header className="topbar">
      <span className="brand">{en.appName}</span>
      <nav aria-label={en.nav.label}>
        <ul>
          <li>
            <AppLink to={{ page: 'claims' }} current={route.page === 'claims'}>
              {en.nav.claims}
            </AppLink>
          </li>
          {me.role === 'reseller' ? (
            <li>
              <AppLink to={{ page: 'new-claim' }} current={route.page === 'new-claim'}>
                {en.nav.newClaim}
              </AppLink>
            </li>
          ) : null}
          {[...chainNavItems(me), ...opsNavItems(me)].map((item) => (
            <li key={item.to.page}>
              <AppLink to={item.to} current={route.page === item.to.page}>
                {item.label}
              </AppLink>
            </li>
          ))}
        </ul>
      </nav>
      <span className="whoami" data-testid="whoami">
        {en.nav.signedInAs(me.name, en.roles[me.role] ?? me.role)}
      </span>
      <button type="button" onClick={onSignOut}>
        {en.nav.signOut}
      </button>
    </header>
  );
}
