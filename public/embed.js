/*
 * Klartekst embed loader: an organisation's privacy notice in a frame that fits its content, or a
 * link to the notice where the frame is refused. No dependencies; defines nothing global but the
 * <klartekst-notice> element. Usage: <script src="https://HOST/embed.js" data-org="aure"
 * data-lang="nn" [data-activity data-title] async></script>, or <klartekst-notice org lang
 * activity>; protocol and fallback: Klartekst's README ("Embedding") and docs/decisions/0012.
 */
(function () {
  "use strict";

  const LOCALES = ["nb", "nn", "da", "en"];
  const TITLES = { nb: "Personvernerklæring", nn: "Personvernerklæring", da: "Privatlivspolitik", en: "Privacy notice" };
  const MAX_HEIGHT = 1e6;
  // How long a frame may stay silent after its load (it reports before), and after it came into
  // view if it never loads (a lazy frame off-screen has not started loading).
  const SILENT_AFTER_LOAD = 3000;
  const SILENT_UNLOADED = 10000;

  const script = document.currentScript || document.querySelector('script[src*="embed.js"][data-org]:not([data-klartekst])') || document.querySelector('script[src*="embed.js"]');
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

  /** A sized frame for the notice (or, if it stays silent, a link); returns it and a function that stops listening. */
  function createFrame(org, lang, activity, title) {
    const locale = LOCALES.indexOf(lang) >= 0 ? lang : LOCALES.indexOf(pageLocale()) >= 0 ? pageLocale() : "nb";
    const slug = encodeURIComponent(org);
    const part = activity ? "/" + encodeURIComponent(activity) : "";
    const frame = document.createElement("iframe");
    frame.src = origin + "/embed/" + slug + "/" + locale + part;
    frame.title = title || TITLES[locale];
    frame.setAttribute("loading", "lazy");
    frame.setAttribute("scrolling", "no");
    frame.setAttribute("width", "100%");
    frame.style.cssText = "display:block;width:100%;height:600px;border:0;overflow:hidden";

    let reported = false;
    let loaded = false;
    let timer = 0;
    const view = window.IntersectionObserver ? new IntersectionObserver(onView) : null;
    if (view) view.observe(frame);
    else wait(SILENT_UNLOADED);

    function wait(ms) {
      clearTimeout(timer);
      timer = setTimeout(giveWay, ms);
    }
    function onView(entries) {
      // A lazy frame starts loading before it comes into view, so from then on it is late.
      if (entries.some((entry) => entry.isIntersecting) && !loaded && !reported) wait(SILENT_UNLOADED);
    }
    function giveWay() {
      if (reported || !frame.parentNode) return;
      stop();
      const link = document.createElement("a");
      link.href = origin + "/" + locale + "/" + slug + part;
      link.textContent = TITLES[locale];
      const paragraph = document.createElement("p");
      paragraph.lang = locale;
      paragraph.className = "klartekst-notice-link";
      paragraph.appendChild(link);
      frame.parentNode.replaceChild(paragraph, frame);
      console.warn(
        'Klartekst: the notice of "' +
          org +
          '" ' +
          (loaded ? "was most likely refused its frame" : "did not load in 10 s") +
          "; a link to it is shown instead. If " +
          location.origin +
          " is not among the organisation's \"Sites allowed to embed the notice\" in Klartekst's settings, add it there.",
      );
      // The README's fallback text, "Personvernerklæring for Aure kommune", needs the name.
      fetch(origin + "/api/v1/organisations/" + slug)
        .then((response) => (response.ok ? response.json() : null))
        .then((found) => {
          if (found && typeof found.name === "string") link.textContent = TITLES[locale] + " for " + found.name;
        })
        .catch(() => {});
    }

    function onMessage(event) {
      if (event.origin !== origin || event.source !== frame.contentWindow) return;
      const data = event.data;
      if (!data || typeof data !== "object") return;
      if (!reported) {
        reported = true;
        clearTimeout(timer);
        if (view) view.disconnect();
      }
      if (data.type === "klartekst:height" && typeof data.height === "number" && data.height > 0 && data.height < MAX_HEIGHT) {
        frame.style.height = Math.ceil(data.height) + "px";
      } else if (data.type === "klartekst:scroll" && typeof data.top === "number" && isFinite(data.top)) {
        // A link within the notice: the frame cannot scroll, so the page scrolls to the target.
        const top = frame.getBoundingClientRect().top + window.pageYOffset + Math.max(0, data.top);
        window.scrollTo(window.pageXOffset, top);
      }
    }
    function onLoad() {
      if (!reported) {
        try {
          if (frame.contentWindow.location.href === "about:blank") return; // not the notice yet
        } catch (e) {
          // Another origin: the notice, or the browser's page for a refused frame.
        }
        loaded = true;
        if (view) view.disconnect();
        wait(SILENT_AFTER_LOAD);
      }
      // The frame cannot inherit the host's font through CSS: it is told it with each ping.
      const around = frame.parentNode && frame.parentNode.nodeType === 1 ? frame.parentNode : document.body;
      if (frame.contentWindow) frame.contentWindow.postMessage({ type: "klartekst:ping", font: getComputedStyle(around).fontFamily }, origin);
    }
    function stop() {
      clearTimeout(timer);
      if (view) view.disconnect();
      window.removeEventListener("message", onMessage);
      frame.removeEventListener("load", onLoad);
    }
    window.addEventListener("message", onMessage);
    frame.addEventListener("load", onLoad);
    return { frame: frame, stop: stop };
  }

  // <script data-org="…">: the frame goes right after the script element.
  const org = script.getAttribute("data-org");
  if (org && !script.hasAttribute("data-klartekst")) {
    script.setAttribute("data-klartekst", "");
    const embed = createFrame(org, script.getAttribute("data-lang"), script.getAttribute("data-activity"), script.getAttribute("data-title"));
    if (script.parentNode && script.parentNode !== document.head) script.parentNode.insertBefore(embed.frame, script.nextSibling);
    else if (document.body)
      document.body.appendChild(embed.frame); // a script in <head>: end of the page
    else
      document.addEventListener("DOMContentLoaded", function () {
        document.body.appendChild(embed.frame);
      });
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
