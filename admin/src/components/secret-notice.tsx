/** A secret the server shows once (a one-time password, a token): shown here once, selectable, with what to do with it. */
export function SecretNotice({ label, secret, advice }: { label: string; secret: string; advice: string }) {
  return (
    <div class="secret panel" role="alert">
      <p>
        <strong>{label}</strong> {advice}
      </p>
      <input class="secret-value" readOnly value={secret} aria-label={label} onFocus={(e) => (e.target as HTMLInputElement).select()} />
    </div>
  );
}
