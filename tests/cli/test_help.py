"""Every command and every option is documented (a newcomer learns the CLI from --help)."""

import typer.main
from typer.testing import CliRunner

from rasad.cli import app

runner = CliRunner()


# Duck-typed on purpose: recent typer vendors click instead of depending on it.
def _commands(group, prefix=()):
    for name, cmd in group.commands.items():
        yield (*prefix, name), cmd
        if hasattr(cmd, "commands"):
            yield from _commands(cmd, (*prefix, name))


def test_every_command_and_option_has_help():
    root = typer.main.get_command(app)
    found = list(_commands(root))
    assert {"extract", "ingest", "export", "evaluate", "gazetteer"} <= {p[0] for p, _ in found}
    for path, cmd in found:
        assert cmd.help, f"command {' '.join(path)} has no help"
        for param in cmd.params:
            if param.param_type_name == "option" and param.name != "help":
                assert param.help, f"option {param.opts} of {' '.join(path)} has no help"


def test_help_runs_for_each_command():
    root = typer.main.get_command(app)
    for path, _ in _commands(root):
        result = runner.invoke(app, [*path, "--help"])
        assert result.exit_code == 0, (path, result.output)
        assert "Usage" in result.output


def test_version():
    import rasad

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and rasad.__version__ in result.output
