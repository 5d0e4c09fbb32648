import { taxonomyRoute } from "@/app/_taxonomy/taxonomy-route";

const route = taxonomyRoute("tags");

// Known names are prerendered; other spellings (ai for AI, a raw AI/ML) render once on
// request, then redirect to or show the same page, and unknown names get a 404.
export const dynamicParams = true;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.TermPage;
