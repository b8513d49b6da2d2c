"""`python -m bot.cli …`, the same as the `samenspel` console script."""
from bot.cli.main import main

raise SystemExit(main())
