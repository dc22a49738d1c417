import { DOMParser, type Document, type Element } from "@xmldom/xmldom";

/** Parses XML strictly: any warning or error of the parser (not well-formed, bad namespace) throws. */
export function parseXml(text: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(text, "application/xml");
}

/** The element children of `parent` in namespace `ns` named `local` (all of them when `local` is omitted). */
export function childElements(parent: Element, ns: string, local?: string): Element[] {
  const out: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (element.namespaceURI === ns && (local === undefined || element.localName === local)) out.push(element);
  }
  return out;
}
