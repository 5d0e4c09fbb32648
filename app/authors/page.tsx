import { taxonomyIndex } from "@/app/_taxonomy/taxonomy-route";

const index = taxonomyIndex("authors");

export const metadata = index.metadata;
export default index.IndexPage;
