/** A message the user must notice (a refusal, a failure), announced by screen readers. */
export function Alert({ children }: { children: string | null | undefined }) {
  if (!children) return null;
  return (
    <p className="alert" role="alert">
      {children}
    </p>
  );
}
