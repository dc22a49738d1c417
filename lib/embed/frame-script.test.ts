import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { runInNewContext } from "node:vm";
import { EMBED_SCRIPT } from "./frame-script";

describe("the inline script", () => {
  /** Runs the script against a stub window; returns what it posted and its listeners. */
  function run({ framed = true, resizeObserver = true, height = 1234.2 } = {}) {
    const posted: { message: unknown; target: string }[] = [];
    const styles: [string, string][] = [];
    const listeners: Record<string, ((e: unknown) => void)[]> = {};
    // Messages are copied out of the script's realm, as postMessage would.
    const parent = { postMessage: (message: unknown, target: string) => posted.push({ message: JSON.parse(JSON.stringify(message)), target }) };
    const element = { getBoundingClientRect: () => ({ top: 400 }) };
    let observed: (() => void) | null = null;
    let current = height;
    const window: Record<string, unknown> = {
      scrollY: 0,
      addEventListener: (type: string, fn: (e: unknown) => void) => (listeners[type] ??= []).push(fn),
      ResizeObserver: resizeObserver
        ? class {
            constructor(fn: () => void) {
              observed = fn;
            }
            observe() {}
          }
        : undefined,
    };
    window.parent = framed ? parent : window;
    const document = {
      documentElement: { getBoundingClientRect: () => ({ height: current }), style: { setProperty: (name: string, value: string) => styles.push([name, value]) } },
      fonts: { ready: { then: (fn: () => void) => fn() } },
      getElementById: (id: string) => (id === "rights" ? element : null),
      addEventListener: (type: string, fn: (e: unknown) => void) => (listeners[`document:${type}`] ??= []).push(fn),
    };
    // The context is the window, as in a browser.
    Object.assign(window, { window, document, location: { hash: "" } });
    runInNewContext(EMBED_SCRIPT, window);
    return { posted, listeners, parent, styles, resize: () => observed?.(), setHeight: (value: number) => (current = value) };
  }

  it("posts the height once, and again when pinged or when it changes", () => {
    const { posted, listeners, parent } = run();
    assert.deepEqual(posted, [{ message: { type: "klartekst:height", height: 1235 }, target: "*" }]);
    listeners.message![0]!({ data: { type: "klartekst:ping" }, source: parent });
    listeners.message![0]!({ data: { type: "klartekst:ping" }, source: {} }); // not from the host page
    listeners.message![0]!({ data: { type: "other" }, source: parent });
    listeners.load![0]!({});
    assert.equal(posted.length, 2);
  });

  it("takes the host page's font from the loader's ping, and nothing that could break out of CSS", () => {
    const { listeners, parent, styles } = run();
    listeners.message![0]!({ data: { type: "klartekst:ping", font: '"Source Sans Pro", Arial, sans-serif' }, source: parent });
    listeners.message![0]!({ data: { type: "klartekst:ping", font: "x;}body{background:url(https://evil)}" }, source: parent });
    listeners.message![0]!({ data: { type: "klartekst:ping", font: 42 }, source: parent });
    assert.deepEqual(styles, [["--host-font", '"Source Sans Pro", Arial, sans-serif']]);
  });

  it("reports where an in-frame anchor is, so the host page can scroll to it", () => {
    const { posted, listeners } = run();
    const anchor = { hash: "#rights" };
    listeners["document:click"]![0]!({ target: { closest: () => anchor } });
    assert.deepEqual(posted.at(-1), { message: { type: "klartekst:scroll", top: 400 }, target: "*" });
  });

  it("waits for content when it runs in <head>, reports as the document grows and once it is parsed", () => {
    const { posted, listeners, resize, setHeight } = run({ height: 0 });
    assert.equal(posted.length, 0, "nothing while there is no content yet");
    setHeight(700.2);
    resize(); // a rendering update while the rest of the notice is still arriving
    setHeight(5000.4);
    listeners["document:DOMContentLoaded"]![0]!({});
    assert.deepEqual(
      posted.map((p) => p.message),
      [
        { type: "klartekst:height", height: 701 },
        { type: "klartekst:height", height: 5001 },
      ],
    );
  });

  it("falls back to the resize event, and does nothing outside a frame", () => {
    assert.equal(run({ resizeObserver: false }).listeners.resize!.length, 1);
    assert.equal(run({ framed: false }).posted.length, 0);
  });
});
