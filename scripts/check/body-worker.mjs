// A thread starts without the TypeScript loader the check runs under: load it, then the work.
import { register } from "tsx/esm/api";

register();
await import("./body-thread.ts");
