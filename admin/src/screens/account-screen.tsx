import { useSession } from '../app/session-context.ts';
import { Screen } from '../components/screen.tsx';
import { PasswordScreen } from './password-screen.tsx';

export function AccountScreen() {
  const { user, setUser } = useSession();
  return (
    <Screen title="Your account">
      <dl class="facts">
        <dt>Name</dt>
        <dd>{user.name}</dd>
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd class="capitalize">{user.role}</dd>
      </dl>
      <h2>Change your password</h2>
      <PasswordScreen user={user} firstTime={false} onChanged={setUser} />
    </Screen>
  );
}
