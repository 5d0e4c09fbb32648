import { taxonomyIndex } from "@/app/_taxonomy/taxonomy-route";

const index = taxonomyIndex("categories");

export const metadata = index.metadata;
export default index.IndexPage;
