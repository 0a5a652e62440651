import pytest

from rasad.document import Document, Span
from rasad.errors import ConfigError, StageError
from rasad.pipeline import DEFAULT_STAGES, Pipeline, load_stage


class Adds:
    def __init__(self, name, requires=(), provides=()):
        self.name, self.requires, self.provides = name, requires, provides

    def __call__(self, doc):
        for layer in self.provides:
            doc = doc.with_layer(layer, [Span(0, 1, layer.upper())])
        return doc


class Breaks(Adds):
    def __call__(self, doc):
        raise KeyError("boom")


def test_pipeline_checks_requirements_at_build_time():
    with pytest.raises(ConfigError, match="requires layers \\['tokens'\\]"):
        Pipeline([Adds("places", requires=("tokens",))])
    Pipeline([Adds("tok", provides=("tokens",)), Adds("places", requires=("tokens",))])


def test_stages_run_in_order():
    p = Pipeline([Adds("a", provides=("a",)), Adds("b", requires=("a",), provides=("b",))])
    doc = p(Document(id="x", text="نص"))
    assert set(doc.layers) == {"a", "b"}
    assert p.names == ["a", "b"]


def test_a_crashing_stage_becomes_a_stage_error_with_its_name():
    p = Pipeline([Breaks("fragile")])
    with pytest.raises(StageError) as info:
        p(Document(id="abc", text="نص"))
    assert info.value.stage == "fragile"
    assert "KeyError" in str(info.value)


def test_bad_stage_spec_is_a_config_error():
    with pytest.raises(ConfigError, match="cannot load pipeline stage"):
        load_stage("rasad.nowhere:Nothing")


def test_default_stages_all_load_and_chain():
    p = Pipeline.default()
    assert len(p.stages) == len(DEFAULT_STAGES)
    for stage in p.stages:
        assert callable(stage) and stage.name
