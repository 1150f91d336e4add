"""The bundled program's entry point (PyInstaller runs this as ``deskmate``)."""

from assistant.cli import main

if __name__ == "__main__":
    main()
