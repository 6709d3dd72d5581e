import { PageTitle } from '../../components/page-title';

/**
 * The accessibility statement, in the form public bodies publish under the Public
 * Sector Bodies (Websites and Mobile Applications) Accessibility Regulations 2018.
 * A council deploying the dashboard should add its own contact details and the date
 * of its own test; the statement says so.
 */
export function AccessibilityPage() {
  return (
    <>
      <PageTitle title="Accessibility statement" />
      <h1 className="app-heading-xl">Accessibility statement for the improvement plan dashboard</h1>
      <div className="app-prose">
        <p>
          This statement applies to the improvement plan dashboard: the web pages that show a council&apos;s improvement
          plan, its actions, ratings and measures, and the printable briefings made from them.
        </p>
        <p>
          This website is run by the council that publishes the plan. We want as many people as possible to be able to use
          it. For example, that means you should be able to:
        </p>
        <ul className="app-list">
          <li>change colours, contrast levels and fonts using browser or device settings</li>
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>navigate most of the website using just a keyboard or speech recognition software</li>
          <li>listen to most of the website using a screen reader (including the most recent versions of JAWS, NVDA and VoiceOver)</li>
          <li>read every chart as a table, and every rating as a word and a symbol as well as a colour</li>
        </ul>

        <h2 className="app-heading-l">How accessible this website is</h2>
        <p>
          We design and test the dashboard to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA.
          Every view is checked automatically with the axe accessibility engine in Chromium before each release, and the
          views are checked by keyboard.
        </p>
        <p>We know some parts of this website are not fully accessible:</p>
        <ul className="app-list">
          <li>
            the content of the plan (action titles, progress notes, rationales) is written by council staff and may contain
            abbreviations that are not explained
          </li>
          <li>the charts themselves are images to a screen reader; the same data is always available as a table beside them</li>
        </ul>

        <h2 className="app-heading-l">Feedback and contact information</h2>
        <p>
          If you need information on this website in a different format, or you find a problem not listed on this page,
          contact the council&apos;s performance and improvement team. The council that deploys this dashboard publishes its
          contact details for accessibility requests here; we will consider your request and get back to you within 10
          working days.
        </p>

        <h2 className="app-heading-l">Enforcement procedure</h2>
        <p>
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and
          Mobile Applications) (No. 2) Accessibility Regulations 2018 (the &lsquo;accessibility regulations&rsquo;). If
          you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service
          (EASS).
        </p>

        <h2 className="app-heading-l">Technical information about this website&apos;s accessibility</h2>
        <p>
          The council is committed to making its website accessible, in accordance with the Public Sector Bodies (Websites
          and Mobile Applications) (No. 2) Accessibility Regulations 2018.
        </p>
        <h3 className="app-heading-m">Compliance status</h3>
        <p>
          This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard as far as
          our automated and keyboard testing can tell. Content written by council staff is outside that testing.
        </p>

        <h2 className="app-heading-l">How we tested this website</h2>
        <p>
          Each release is tested automatically: every view is opened in Chromium and checked with axe-core against WCAG
          2.2 A and AA rules, and component tests check that every control can be reached and used by keyboard and is
          named for assistive technology. The deploying council should add the date of its own manual test here.
        </p>
      </div>
    </>
  );
}
