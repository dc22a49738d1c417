export { INTERNAL_PATH_PREFIX, INTERNAL_TOKEN_HEADER, internalToken, isInternalRequest } from "./internal.mjs";
