import { createHubClient, type HubClient, type Me } from '@rma-hub/api-client';

const STORAGE_KEY = 'rma-hub.apiKey';

/** A signed-in party: its client (which holds the key in a header) and who it is. The key itself stays in sessionStorage. */
export interface Session {
  client: HubClient;
  me: Me;
}

/** The API is served from the same origin as the app. */
const clientFor = (apiKey: string) => createHubClient(window.location.origin, apiKey);

export type SignInResult = { session: Session } | { error: 'invalid' | 'unreachable' };

/** Checks the key with `GET /v1/me`; only a key the hub accepts is kept, in this tab's sessionStorage. */
export async function signIn(apiKey: string): Promise<SignInResult> {
  const client = clientFor(apiKey);
  try {
    const { data, response } = await client.GET('/v1/me');
    if (!data) return { error: response.status === 401 || response.status === 429 ? 'invalid' : 'unreachable' };
    window.sessionStorage.setItem(STORAGE_KEY, apiKey);
    return { session: { client, me: data } };
  } catch {
    return { error: 'unreachable' };
  }
}

/** The session kept in this tab, if its key still works. */
export async function resumeSession(): Promise<Session | null> {
  const apiKey = window.sessionStorage.getItem(STORAGE_KEY);
  if (!apiKey) return null;
  const result = await signIn(apiKey);
  if ('session' in result) return result.session;
  if (result.error === 'invalid') signOut();
  return null;
}

export function signOut(): void {
  window.sessionStorage.removeItem(STORAGE_KEY);
}
