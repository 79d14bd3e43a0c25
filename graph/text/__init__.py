"""Thai language utilities every stage shares: normalising text while keeping a map back to the original
character offsets (`normalize`), tokenising and Thai character classes (`thai`), numbers written in digits,
Thai digits and number words (`numbers`), footnote marks glued to a name's end (`footnotes`), dates with Buddhist-era years and abbreviated months (`dates`), and
regular expressions over word lists kept as data (`patterns`).

May import: phakhi.ontology (word lists kept as data). Nothing else of phakhi.
"""
