"""`python -m cli` runs the jixiao command line."""

from cli import main

main()
