/** What a reader's browser sends with every request that changes the answer: every browser asks for compressed answers. */
export const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br" };
