export { log } from "./log.mjs";
