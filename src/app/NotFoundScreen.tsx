/**
 * The screen for an address the app does not know (`#/nope`, a report link with a broken id):
 * says so and leads back to the checklist, instead of a blank page or a wrong screen. Loaded on
 * demand; the shell passes the checklist's address from the route table.
 */
export function NotFoundScreen({ checklistHref }: { checklistHref: string }) {
  return (
    <section aria-labelledby="not-found-heading" className="screen">
      <h2 id="not-found-heading" tabIndex={-1} data-screen-heading="not-found">
        Page not found
      </h2>
      <p>
        There is no page at this address in MedTech Ready. The link may be mistyped or cut short.
        Your records are safe in this browser.
      </p>
      <p>
        <a href={checklistHref}>Back to the checklist</a>
      </p>
    </section>
  );
}
