"""Bad input: types, invalid UTF-8 (the CLI's error), NUL, huge strings, batch errors, streaming."""
import itertools
import os
import tempfile

import pytest

import precis


@pytest.mark.parametrize("bad", [3, None, 2.5, ["text"], {"text": "x"}, bytearray(b"x")])
def test_non_text_is_a_type_error(bad):
    for f in (precis.summarize, precis.extract, precis.sentences):
        with pytest.raises(TypeError):
            f(bad)
    with pytest.raises(TypeError):
        list(precis.summarize_many(["fine.", bad]))


def test_invalid_utf8_is_the_cli_error(cli):
    data = b"First line is fine.\nSecond \xe2\x80 line breaks.\n"
    with tempfile.NamedTemporaryFile(suffix=".txt", delete=False) as f:
        f.write(data)
    try:
        out = cli("summarize", f.name)
        with pytest.raises(precis.InputError) as info:
            precis.summarize(data, source=f.name)
    finally:
        os.unlink(f.name)
    e = info.value
    assert out.returncode == 65
    assert out.stderr.decode().startswith("precis: " + str(e))
    assert (e.line, e.column, e.offset, e.code, e.source) == (2, 8, 27, "bad_data", f.name)
    assert e.repairable and isinstance(e, ValueError)
    assert e.message in str(e)
    repaired = precis.summarize(data, repair=True)
    assert repaired.sentences


def test_nul_in_str():
    with pytest.raises(precis.InputError) as info:
        precis.extract("A sentence.\x00 Another one.")
    assert info.value.offset == 11 and info.value.line == 1


def test_hundred_megabytes():
    text = ("policy trade relations cooperation dialogue " * 2_300_000)[:100_000_000]
    e = precis.extract(text)
    assert e.to_dict() == {"source": "<string>", "enumerations": []}
    sents = precis.sentences(text[:10_000_000])
    assert sents[-1].span[1] <= 10_000_000


def test_summarize_many_in_order_with_errors():
    texts = [f"Report {i} says the budget grew. It grew by {i} percent. Schools gained." for i in range(50)]
    texts[7] = b"bad \xff byte."
    texts[30] = "a NUL \x00 here."
    got = list(precis.summarize_many(texts, threads=2, chunk=8, errors="yield", sentences=2))
    assert len(got) == 50
    for i, (t, g) in enumerate(zip(texts, got)):
        if i in (7, 30):
            assert isinstance(g, precis.InputError) and g.line == 1
        else:
            assert g.to_dict() == precis.summarize(t, sentences=2).to_dict()
    with pytest.raises(precis.InputError):
        list(precis.summarize_many(texts, threads=2))
    named = list(precis.summarize_many([("doc-a", texts[0]), ("doc-b", texts[1])]))
    assert [g.source for g in named] == ["doc-a", "doc-b"]


def test_summarize_many_streams():
    produced = 0

    def gen():
        nonlocal produced
        for i in itertools.count():
            if i == 100_000:
                return
            produced += 1
            yield f"Item {i} was approved. The council met on day {i % 31}."

    ahead = 0
    n = 0
    for n, s in enumerate(precis.summarize_many(gen(), threads=2, chunk=256), 1):
        ahead = max(ahead, produced - n)
    assert n == 100_000
    assert ahead < 256  # never more than one chunk taken ahead of what was yielded
