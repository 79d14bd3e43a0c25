"""The command line (`commands`: thin click commands over importable functions) and evaluation against gold
facts (`evaluate`), which drives the whole flow as the CLI does.

May import every phakhi.graph stage and phakhi.api (`phakhi serve`); nothing imports it but the entry point.
"""
