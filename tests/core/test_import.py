import subprocess
import sys

HEAVY = ("sqlalchemy", "pyarrow", "trafilatura", "fastapi", "dask", "psycopg", "typer", "yaml")


def test_import_rasad_stays_light():
    code = f"import sys, rasad; print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_single_version_source():
    from importlib.metadata import version

    import rasad

    assert version("rasad") == rasad.__version__
