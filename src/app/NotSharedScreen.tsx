/**
 * On an advisor's read-only device, in place of a screen the advisor's link does not show (every
 * screen but readiness, targets, reports and Settings: ui/routes.ts ADVISOR_ROUTES): says so and
 * leads back to the summary. Loaded on demand; the shell passes the route and the summary's
 * address, as it does for NotFoundScreen.
 */
export function NotSharedScreen({ route, summaryHref }: { route: string; summaryHref: string }) {
  return (
    <section aria-labelledby="not-shared-heading" className="screen">
      <h2 id="not-shared-heading" tabIndex={-1} data-screen-heading={route}>
        Not part of this view
      </h2>
      <p>
        This link shows the student&apos;s readiness, targets and reports, not this screen.{' '}
        <a href={summaryHref}>Go to the readiness summary</a>
      </p>
    </section>
  );
}
