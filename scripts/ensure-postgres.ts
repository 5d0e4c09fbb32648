// Makes sure a PostgreSQL server can be started for the tests (`npm run test:e2e` runs this first).
import { ensurePostgresInstalled, postgresBinaries } from "../lib/testing/postgres";

ensurePostgresInstalled();
console.log(`e2e: PostgreSQL at ${postgresBinaries()}`);
