import { taxonomyIndex } from "@/components/listing/taxonomy-route";

const index = taxonomyIndex("authors");

export const metadata = index.metadata;
export default index.IndexPage;
