import sys

from warehouse_app.cli import main

sys.exit(main())
