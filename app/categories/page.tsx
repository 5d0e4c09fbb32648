import { taxonomyIndex } from "@/components/listing/taxonomy-route";

const index = taxonomyIndex("categories");

export const metadata = index.metadata;
export default index.IndexPage;
