import assert from "node:assert/strict";
import { it } from "node:test";
import { compactCss } from "./styles";

it("compacts our CSS without changing what selectors select", () => {
  const css = `/* a comment */
.a:hover .b {
  color: red;
  content: " (" attr(href) ")";
}
@media (min-width: 40rem) {
  .c > :first-child,
  li + li::before { margin: 0 }
}`;
  assert.equal(compactCss(css), '.a:hover .b{color:red;content:" (" attr(href) ")"}@media (min-width: 40rem){.c>:first-child,li + li::before{margin:0}}');
});
