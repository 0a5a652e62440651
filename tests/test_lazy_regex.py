"""LazyPattern: compiled on first use, then the compiled pattern's own methods."""

from __future__ import annotations

import regex

from rasad.lazy_regex import LazyPattern


def test_nothing_is_compiled_before_the_first_call() -> None:
    # an invalid source raises only when used: proof that construction compiles nothing
    lazy = LazyPattern(r"(?P<broken")
    try:
        lazy.search("نص")
    except regex.error:
        pass
    else:  # pragma: no cover
        raise AssertionError("the invalid pattern should fail at its first use")


def test_the_first_call_compiles_and_later_calls_use_the_compiled_methods() -> None:
    source = r"(?r)(?P<d>\d{1,2})\s+(?:من\s+)?"
    lazy = LazyPattern(source)
    compiled = regex.compile(source)
    text = "قتل 3 مدنيين في 21 من مايو"
    end = text.index("مايو")
    assert lazy.match(text, 0, end)[0] == compiled.match(text, 0, end)[0] == "21 من "
    # after the first call the slot holds the compiled pattern's bound method, no wrapper
    assert getattr(lazy.match, "__self__", None) is not None
    assert lazy.match.__self__.pattern == source
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]


def test_attributes_and_every_method_agree_with_the_compiled_pattern() -> None:
    source = r"(?P<w>حتى|الى)\s+"
    text = "من 10 الى 20 حتى 30"
    compiled = regex.compile(source)
    for name in ("search", "findall", "split", "fullmatch"):
        got, want = getattr(LazyPattern(source), name)(text), getattr(compiled, name)(text)
        if name in ("search", "fullmatch"):
            got, want = got and got.span(), want and want.span()
        assert got == want, name
    assert LazyPattern(source).sub("-", text) == compiled.sub("-", text)
    assert LazyPattern(source).groupindex == compiled.groupindex
    assert LazyPattern(source).pattern == source
