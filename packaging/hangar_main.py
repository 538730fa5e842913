"""The bundled program's entry script (PyInstaller runs it as __main__): the same
`ui.launch.main` as the installed `warehouse-app` command, window or CLI."""

import sys

from ui.launch import main

if __name__ == "__main__":
    sys.exit(main())
