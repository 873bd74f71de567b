import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "@claimdesk/api/text";
import {
  buildClaimReview,
  getPublishedFactCheck,
  resolvePublisherSite,
  serializeJsonLd,
} from "@claimdesk/core/publishing";
import {
  data,
  type HeadersFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { FactCheckView } from "~/components/fact-check/fact-check-view.tsx";
import { webEnv } from "../services/env.server.ts";
import {
  factCheckCacheControl,
  passPublicPageHeaders,
  publicPageHeaders,
} from "../services/public-cache.server.ts";
import { webServices } from "../services/services.server.ts";

/** Public fact-check page: no sign-in; only published claims exist here (404 otherwise). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const env = webEnv();
  const slug = params.slug ?? "";
  if (!isStorableText(slug))
    throw new Response(`The address ${UNSTORABLE_TEXT_MESSAGE}.`, { status: 400 });
  const factCheck = await getPublishedFactCheck(webServices().db, slug);
  if (!factCheck) {
    throw new Response("There is no published fact-check at this address.", { status: 404 });
  }
  const site = resolvePublisherSite(request, env);
  const claimReview = buildClaimReview(factCheck, site);
  return data(
    {
      factCheck,
      orgName: site.orgName,
      url: String(claimReview.url),
      jsonLd: factCheck.retraction ? null : serializeJsonLd(claimReview),
    },
    {
      headers: publicPageHeaders(request, factCheckCacheControl(factCheck.changedAt), {
        hostDerived: !env.PUBLIC_ORIGIN,
      }),
    },
  );
}

export const headers: HeadersFunction = passPublicPageHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        {
          title: `${data.factCheck.retraction ? "Retracted fact-check" : "Fact-check"}: ${(data.factCheck.story?.headline ?? data.factCheck.claim).slice(0, 90)} · ${data.orgName}`,
        },
        {
          name: "description",
          content: data.factCheck.retraction
            ? `Retracted: ${data.factCheck.retraction.note.slice(0, 200)}`
            : `${data.factCheck.verdict.label}. ${(data.factCheck.story?.summary ?? data.factCheck.verdict.rationale).slice(0, 200)}`,
        },
        { tagName: "link", rel: "canonical", href: data.url },
      ]
    : [{ title: "Fact-check not found" }];

export default function FactCheckPage() {
  const { factCheck: fc, jsonLd, orgName } = useLoaderData<typeof loader>();
  return (
    <article className="stack fact-check">
      {/* JSON-LD is serialised with <, > and & escaped, so user text cannot end the script. A
          retracted fact-check carries none: the markup must match what the page shows. */}
      {jsonLd ? (
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      ) : null}
      <p className="muted">
        <Link to="/fact-checks">Fact-checks</Link> · {orgName}
      </p>
      <FactCheckView fc={fc} />
    </article>
  );
}
