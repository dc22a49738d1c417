/*
 * The embed frame's one script. The page reads fully without it; it only lets the loader on the
 * host page (public/embed.js) size the frame and scroll to anchors. Kept constant: the CSP allows
 * it by hash (lib/embed/policy.ts).
 */

/**
 * Reports the document's height to the parent as soon as there is one (while the document is
 * still arriving, through the ResizeObserver; when it is parsed; on load, on resize, after fonts
 * load, and when pinged), takes the host page's font from the loader's ping (so the notice reads
 * like the page around it) and the position of in-frame anchors that are followed, so the loader
 * can size the frame and scroll the host page. Works from <head> (it then waits for content) or
 * the end of <body>. The page reads fully without it. Kept constant: the CSP allows it by hash
 * (lib/embed/policy.ts). Measures the root element's box rather than its scrollHeight, which
 * never drops below the frame's current height and so could never shrink it.
 */
export const EMBED_SCRIPT =
  "(function(){var w=window,d=document,r=d.documentElement,p=w.parent,h=0;if(p===w)return;" +
  'function m(o){p.postMessage(o,"*")}' +
  'function s(f){var n=Math.ceil(r.getBoundingClientRect().height);if(f===1||n!==h){h=n;m({type:"klartekst:height",height:n})}}' +
  'function g(i){var t=d.getElementById(i);if(t)m({type:"klartekst:scroll",top:Math.round(t.getBoundingClientRect().top+w.scrollY)})}' +
  'w.addEventListener("load",function(){s();if(location.hash)g(decodeURIComponent(location.hash.slice(1)))});' +
  'if(w.ResizeObserver)new w.ResizeObserver(s).observe(r);else w.addEventListener("resize",s);' +
  'd.addEventListener("DOMContentLoaded",s);d.fonts&&d.fonts.ready.then(s);' +
  'w.addEventListener("message",function(e){var o=e.data||0,f=o.font;if(e.source===p&&o.type==="klartekst:ping"){if(f===""+f&&/^[\\w\\s,"\'.-]{1,200}$/.test(f))r.style.setProperty("--host-font",f);s(1)}});' +
  'd.addEventListener("click",function(e){var a=e.target&&e.target.closest?e.target.closest(\'a[href^="#"]\'):null;if(a&&a.hash)g(decodeURIComponent(a.hash.slice(1)))});' +
  "s()})();";
