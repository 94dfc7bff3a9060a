"""The shell's fixtures (a real vault, seeded cases, a Shell), shared by the tests here."""

from tests.desktop.shell_fixtures import make_shell, seeded  # noqa: F401
