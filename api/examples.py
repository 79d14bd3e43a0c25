"""Example queries for the home page: the questions analysts ask of the graph.

Most ask the knowledge graph (GRAPH <https://w3id.org/phakhi/id/graph/knowledge>), where each fact is stated
once with its number of releases, first and last dates and evidence (graph/knowledge/). The default graph is
the union of everything, release graphs included, where a fact appears once per release stating it; the
counts example reads the release graphs (GRAPH ?g), where counts and their quoted text live."""

KNOWLEDGE = "<https://w3id.org/phakhi/id/graph/knowledge>"

EXAMPLES = [
    ("ใครดำรงตำแหน่งอะไร ในหน่วยงานใด ตั้งแต่เมื่อใดถึงเมื่อใด / Who held which post in which body, from when to when", f"""SELECT ?organization ?title ?person ?from ?until ?releases ?acting WHERE {{
  GRAPH {KNOWLEDGE} {{
    ?t a org:Membership ; org:member/skos:prefLabel ?person ; ph:post/ph:title ?title ; ph:acting ?acting ;
       ph:releases ?releases ; ph:firstDate ?from ; ph:lastDate ?until .
    OPTIONAL {{ ?t org:organization/skos:prefLabel ?organization FILTER(lang(?organization) = "th") }}
  }}
}} ORDER BY ?organization ?title ?from"""),
    ("โครงการที่กล่าวถึงร่วมกับแต่ละหน่วยงาน / Programs mentioned with each organization", f"""SELECT ?organization ?program (COUNT(?r) AS ?releases) WHERE {{
  GRAPH {KNOWLEDGE} {{
    ?o a org:Organization ; ph:evidence ?r ; skos:prefLabel ?organization FILTER(lang(?organization) = "th")
    ?p a ph:Program ; ph:evidence ?r ; skos:prefLabel ?program FILTER(lang(?program) = "th")
  }}
}} GROUP BY ?organization ?program ORDER BY DESC(?releases) ?organization LIMIT 100"""),
    ("ตัวเลขของแต่ละโครงการตามเวลา / Counts per program over time", """SELECT DISTINCT ?program ?date ?value ?qualifier ?unit ?text WHERE {
  GRAPH ?g {
    ?c a ph:Count ; schema:observationAbout ?p ; schema:value ?value ; ph:qualifier ?q ;
       schema:unitText ?unit ; schema:observationDate ?date ; ph:mentionedIn ?r ; prov:wasDerivedFrom ?span .
    ?r schema:articleBody ?body .
    ?p skos:prefLabel ?program FILTER(lang(?program) = "th")
  }
  ?q skos:notation ?qualifier .
  # the evidence is "<release>#char=start,end": the quoted text is those characters of the release
  BIND(STRAFTER(STR(?span), "#char=") AS ?chars)
  BIND(xsd:integer(STRBEFORE(?chars, ",")) AS ?start) BIND(xsd:integer(STRAFTER(?chars, ",")) AS ?end)
  BIND(SUBSTR(?body, ?start + 1, ?end - ?start) AS ?text)
} ORDER BY ?program ?date LIMIT 500"""),
    ("ภาคีของการลงนามแต่ละครั้ง / The parties of each signing (MoU)", f"""SELECT ?signing ?date ?party WHERE {{
  GRAPH {KNOWLEDGE} {{
    ?e a ph:Signing ; skos:prefLabel ?signing ; ph:party/skos:prefLabel ?party FILTER(lang(?party) = "th")
    OPTIONAL {{ ?e schema:startDate ?date }}
  }}
}} ORDER BY ?date ?signing"""),
    ("หน่วยงานที่ถูกกล่าวถึงมากที่สุด / Most mentioned organizations", f"""SELECT ?organization ?releases ?first ?last WHERE {{
  GRAPH {KNOWLEDGE} {{
    ?o a org:Organization ; ph:releases ?releases ; ph:firstDate ?first ; ph:lastDate ?last ;
       skos:prefLabel ?organization FILTER(lang(?organization) = "th")
  }}
}} ORDER BY DESC(?releases) LIMIT 25"""),
    ("ชื่อที่ใช้เรียกหน่วยงานตามเวลา / Names each organization was called by, over time", f"""SELECT ?organization ?name ?first ?last ?releases WHERE {{
  GRAPH {KNOWLEDGE} {{
    ?s rdf:subject ?o ; rdf:predicate ph:usedName ; rdf:object ?name ; ph:releases ?releases ;
       ph:firstDate ?first ; ph:lastDate ?last .
    ?o skos:prefLabel ?organization FILTER(lang(?organization) = "th")
  }}
}} ORDER BY ?organization ?first LIMIT 200"""),
]
