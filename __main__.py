from phakhi.graph.cli import main

main()
