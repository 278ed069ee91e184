// Sasaran and conditions (Kondisi) that no indicator measures. A Tujuan is not required to have one here.
CALL () {
  UNWIND $documents AS document
  MATCH (e:Element {sourceDocument: document})
  RETURN e
  UNION ALL
  UNWIND $nodes AS id
  MATCH (e:Node {id: id}) WHERE e:Element
  RETURN e
}
WITH e WHERE (e:Sasaran OR e:Kondisi) AND NOT EXISTS { (e)<-[:CONTRIBUTES_TO]-(:Indikator) }
RETURN e {.*} AS node,
       {kind: e.kind, contributingElements: COUNT { (e)<-[:CONTRIBUTES_TO]-(:Element) }} AS evidence
