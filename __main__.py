from phakhi.graph.cli.commands import main

main()
