"""Example queries for the home page: the questions analysts ask of the graph.

The default graph is the union of the release graphs, and a fact stated by several releases is in each
of their graphs, so it appears once per release in the union. These examples match within one release
graph (GRAPH ?g) and use DISTINCT or COUNT(DISTINCT ?g), which keeps joins small and counts releases."""

EXAMPLES = [
    ("ใครดำรงตำแหน่งอะไร ในหน่วยงานใด เมื่อใด / Who holds which post in which body, and when", """SELECT DISTINCT ?person ?title ?organization ?known_on ?release WHERE {
  GRAPH ?g {
    ?m a org:Membership ; org:member ?p ; ph:post ?post .
    ?release a schema:NewsArticle .
    ?p skos:prefLabel ?person .
    ?post ph:title ?title .
    OPTIONAL { ?post org:postIn ?o . ?o skos:prefLabel ?organization FILTER(lang(?organization) = "th") }
    OPTIONAL { ?m org:memberDuring/time:inside/time:inXSDDate ?known_on }
  }
} ORDER BY ?person ?known_on"""),
    ("โครงการที่กล่าวถึงร่วมกับแต่ละหน่วยงาน / Programs mentioned with each organization", """SELECT ?organization ?program (COUNT(DISTINCT ?g) AS ?releases) WHERE {
  GRAPH ?g {
    ?o a org:Organization ; skos:prefLabel ?organization FILTER(lang(?organization) = "th")
    ?p a ph:Program ; skos:prefLabel ?program FILTER(lang(?program) = "th")
  }
} GROUP BY ?organization ?program ORDER BY DESC(?releases) ?organization LIMIT 100"""),
    ("ตัวเลขของแต่ละโครงการตามเวลา / Counts per program over time", """SELECT DISTINCT ?program ?date ?value ?qualifier ?unit ?text WHERE {
  GRAPH ?g {
    ?c a ph:Count ; schema:observationAbout ?p ; schema:value ?value ; ph:qualifier ?q ;
       schema:unitText ?unit ; schema:observationDate ?date ; prov:wasDerivedFrom/oa:exact ?text .
    ?p skos:prefLabel ?program FILTER(lang(?program) = "th")
  }
  ?q skos:notation ?qualifier .
} ORDER BY ?program ?date"""),
    ("ภาคีของการลงนามแต่ละครั้ง / The parties of each signing (MoU)", """SELECT DISTINCT ?signing ?date ?party WHERE {
  GRAPH ?g {
    ?e a ph:Signing ; skos:prefLabel ?signing ; ph:party ?x .
    ?x skos:prefLabel ?party FILTER(lang(?party) = "th")
    OPTIONAL { ?e schema:startDate ?date }
  }
} ORDER BY ?date ?signing"""),
    ("หน่วยงานที่ถูกกล่าวถึงมากที่สุด / Most mentioned organizations", """SELECT ?organization (COUNT(DISTINCT ?g) AS ?releases) WHERE {
  GRAPH ?g { ?o a org:Organization ; skos:prefLabel ?organization FILTER(lang(?organization) = "th") }
} GROUP BY ?organization ORDER BY DESC(?releases) LIMIT 25"""),
]
