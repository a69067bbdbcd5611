/**
 * The page shown when the event list cannot be loaded or fails validation: every problem,
 * each naming the file, the event id and the field (see formatProblem in src/lib/schema.ts).
 */
const MAX_SHOWN = 200;

export function LoadError({ messages }: { messages: string[] }) {
  const shown = messages.slice(0, MAX_SHOWN);
  return (
    <main className="load-error">
      <h1>Briefline</h1>
      <div role="alert">
        <h2>The event list could not be shown</h2>
        <p>
          {messages.length === 1 ? 'One problem was found' : `${messages.length} problems were found`}. Each line names
          the file, the event [in brackets] and the field:
        </p>
      </div>
      <ul className="problems">
        {shown.map((m, i) => (
          <li key={i}>{m}</li>
        ))}
      </ul>
      {messages.length > MAX_SHOWN && <p>…and {messages.length - MAX_SHOWN} more.</p>}
      <p>Fix the file (or run the extraction again) and reload the page.</p>
    </main>
  );
}
