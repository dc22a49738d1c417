/** The prefixes of the JSON-LD rendition (lib/api/jsonld.ts); described in lib/api/schemas.ts. */
export const JSON_LD_CONTEXT = {
  dpv: "https://w3id.org/dpv#",
  "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
  pd: "https://w3id.org/dpv/pd#",
  klartekst: "https://klartekst.no/ns#",
  dct: "http://purl.org/dc/terms/",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
} as const;
