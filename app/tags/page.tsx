import { taxonomyIndex } from "@/components/listing/taxonomy-route";

const index = taxonomyIndex("tags");

export const metadata = index.metadata;
export default index.IndexPage;
