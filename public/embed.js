/*
 * Klartekst embed loader: shows an organisation's privacy notice in a frame that always fits
 * its content. No dependencies; defines nothing global but the <klartekst-notice> element.
 *
 * One line where the notice should appear, and a fallback link for readers without JavaScript:
 *
 *   <script src="https://HOST/embed.js" data-org="aure" data-lang="nn" async></script>
 *   <noscript><a href="https://HOST/nb/aure">Personvernerklæring for Aure kommune</a></noscript>
 *
 *   data-org       the organisation (required)
 *   data-lang      nb, nn, da or en (default: the page's lang, else nb)
 *   data-activity  show one processing activity only
 *   data-title     the frame's title (default "Personvernerklæring" / "Privatlivspolitik" …)
 *
 * Or as an element; what it contains is shown until the script has run (and without it):
 *
 *   <script src="https://HOST/embed.js" async></script>
 *   <klartekst-notice org="aure" lang="nn" activity="…"><a href="https://HOST/nn/aure">…</a></klartekst-notice>
 *
 * Protocol (window.postMessage): the frame at HOST/embed/{org}/{lang}[/{activity}] posts
 * {type: "klartekst:height", height} to its parent on load, on resize and after fonts load, and
 * {type: "klartekst:scroll", top} when a link within the notice is followed; it answers
 * {type: "klartekst:ping"} with its height. The loader accepts messages only from HOST's origin
 * and from its own frame, and pings the frame after each load (e.g. another language).
 */
(function () {
  "use strict";

  const LOCALES = ["nb", "nn", "da", "en"];
  const TITLES = { nb: "Personvernerklæring", nn: "Personvernerklæring", da: "Privatlivspolitik", en: "Privacy notice" };
  const MAX_HEIGHT = 1e6;

  const script =
    document.currentScript ||
    document.querySelector('script[src*="embed.js"][data-org]:not([data-klartekst])') ||
    document.querySelector('script[src*="embed.js"]');
  if (!script || !script.src) return;
  let origin;
  try {
    origin = new URL(script.src, location.href).origin;
  } catch (e) {
    return;
  }

  function pageLocale() {
    const lang = (document.documentElement.lang || "").toLowerCase().split("-")[0];
    return lang === "no" ? "nb" : lang;
  }

  /** A sized frame for the notice; returns it and a function that stops listening. */
  function createFrame(org, lang, activity, title) {
    const locale = LOCALES.indexOf(lang) >= 0 ? lang : LOCALES.indexOf(pageLocale()) >= 0 ? pageLocale() : "nb";
    const frame = document.createElement("iframe");
    frame.src = origin + "/embed/" + encodeURIComponent(org) + "/" + locale + (activity ? "/" + encodeURIComponent(activity) : "");
    frame.title = title || TITLES[locale];
    frame.setAttribute("loading", "lazy");
    frame.setAttribute("scrolling", "no");
    frame.setAttribute("width", "100%");
    frame.style.cssText = "display:block;width:100%;height:600px;border:0;overflow:hidden";

    function onMessage(event) {
      if (event.origin !== origin || event.source !== frame.contentWindow) return;
      const data = event.data;
      if (!data || typeof data !== "object") return;
      if (data.type === "klartekst:height" && typeof data.height === "number" && data.height > 0 && data.height < MAX_HEIGHT) {
        frame.style.height = Math.ceil(data.height) + "px";
      } else if (data.type === "klartekst:scroll" && typeof data.top === "number" && isFinite(data.top)) {
        // A link within the notice: the frame cannot scroll, so the page scrolls to the target.
        const top = frame.getBoundingClientRect().top + window.pageYOffset + Math.max(0, data.top);
        window.scrollTo(window.pageXOffset, top);
      }
    }
    function onLoad() {
      // The frame cannot inherit the host's font through CSS: it is told it with each ping.
      const around = frame.parentNode && frame.parentNode.nodeType === 1 ? frame.parentNode : document.body;
      if (frame.contentWindow) frame.contentWindow.postMessage({ type: "klartekst:ping", font: getComputedStyle(around).fontFamily }, origin);
    }
    window.addEventListener("message", onMessage);
    frame.addEventListener("load", onLoad);
    return {
      frame: frame,
      stop: function () {
        window.removeEventListener("message", onMessage);
        frame.removeEventListener("load", onLoad);
      },
    };
  }

  // <script data-org="…">: the frame goes right after the script element.
  const org = script.getAttribute("data-org");
  if (org && !script.hasAttribute("data-klartekst")) {
    script.setAttribute("data-klartekst", "");
    const embed = createFrame(org, script.getAttribute("data-lang"), script.getAttribute("data-activity"), script.getAttribute("data-title"));
    if (script.parentNode && script.parentNode !== document.head) script.parentNode.insertBefore(embed.frame, script.nextSibling);
    else if (document.body) document.body.appendChild(embed.frame); // a script in <head>: end of the page
    else document.addEventListener("DOMContentLoaded", function () { document.body.appendChild(embed.frame); });
  }

  // <klartekst-notice org="…" lang="…" activity="…">
  if (window.customElements && !window.customElements.get("klartekst-notice")) {
    class KlartekstNotice extends HTMLElement {
      static get observedAttributes() {
        return ["org", "lang", "activity", "data-title"];
      }
      connectedCallback() {
        this.render();
      }
      disconnectedCallback() {
        if (this.embed) this.embed.stop();
        this.embed = null;
      }
      attributeChangedCallback() {
        if (this.embed) this.render();
      }
      render() {
        const org = this.getAttribute("org");
        if (!org) return;
        if (this.embed) this.embed.stop();
        this.embed = createFrame(org, this.getAttribute("lang"), this.getAttribute("activity"), this.getAttribute("data-title"));
        if (!this.style.display) this.style.display = "block";
        while (this.firstChild) this.removeChild(this.firstChild);
        this.appendChild(this.embed.frame);
      }
    }
    window.customElements.define("klartekst-notice", KlartekstNotice);
  }
})();
