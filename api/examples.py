"""Example queries for the home page: the questions analysts ask of the graph."""

EXAMPLES = [
    ("ใครดำรงตำแหน่งอะไร ในหน่วยงานใด เมื่อใด / Who holds which post in which body, and when", """SELECT ?person ?title ?organization ?known_on ?release WHERE {
  ?m a org:Membership ; org:member ?p ; ph:post ?post ; prov:wasDerivedFrom/oa:hasSource ?release .
  ?p skos:prefLabel ?person . ?post ph:title ?title .
  OPTIONAL { ?post org:postIn/skos:prefLabel ?organization FILTER(lang(?organization) = "th") }
  OPTIONAL { ?m org:memberDuring/time:inside/time:inXSDDate ?known_on }
} ORDER BY ?person ?known_on"""),
    ("โครงการที่กล่าวถึงร่วมกับแต่ละหน่วยงาน / Programs mentioned with each organization", """SELECT ?organization ?program (COUNT(DISTINCT ?release) AS ?releases) WHERE {
  ?o a org:Organization ; ph:mentionedIn ?release ; skos:prefLabel ?organization FILTER(lang(?organization) = "th")
  ?g a ph:Program ; ph:mentionedIn ?release ; skos:prefLabel ?program FILTER(lang(?program) = "th")
} GROUP BY ?organization ?program ORDER BY DESC(?releases) LIMIT 100"""),
    ("ตัวเลขของแต่ละโครงการตามเวลา / Counts per program over time", """SELECT ?program ?date ?value ?qualifier ?unit ?text WHERE {
  ?c a ph:Count ; schema:observationAbout ?g ; schema:value ?value ; ph:qualifier/skos:notation ?qualifier ;
     schema:unitText ?unit ; schema:observationDate ?date ; prov:wasDerivedFrom/oa:hasSelector/oa:exact ?text .
  ?g skos:prefLabel ?program FILTER(lang(?program) = "th")
} ORDER BY ?program ?date"""),
    ("ภาคีของการลงนามแต่ละครั้ง / The parties of each signing (MoU)", """SELECT ?signing ?date ?party WHERE {
  ?e a ph:Signing ; skos:prefLabel ?signing ; ph:party/skos:prefLabel ?party .
  OPTIONAL { ?e schema:startDate ?date }
  FILTER(lang(?party) = "th")
} ORDER BY ?date ?signing"""),
    ("หน่วยงานที่ถูกกล่าวถึงมากที่สุด / Most mentioned organizations", """SELECT ?organization (COUNT(DISTINCT ?release) AS ?releases) WHERE {
  ?o a org:Organization ; ph:mentionedIn ?release ; skos:prefLabel ?organization FILTER(lang(?organization) = "th")
} GROUP BY ?organization ORDER BY DESC(?releases) LIMIT 25"""),
]
