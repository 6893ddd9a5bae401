"""The command-line shell: ``termbase <command>``."""
