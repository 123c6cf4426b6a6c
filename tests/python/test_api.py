"""precis.summarize / extract / sentences: the JSON contract, spans, options."""
import json
import threading
import time

import pytest

import precis


def test_summary_to_dict_is_the_cli_json(cli, sample_files):
    for f in sample_files:
        out = cli("summarize", "--format", "json", str(f))
        assert out.returncode == 0, out.stderr
        s = precis.summarize(f.read_text(encoding="utf-8"), source=str(f))
        assert s.to_dict() == json.loads(out.stdout), f
        assert s.to_json().encode() == out.stdout


def test_summary_options_are_the_cli_options(cli, sample_files):
    f = sample_files[0]
    text = f.read_text(encoding="utf-8")
    for args, kw in [(["--sentences", "2"], {"sentences": 2}), (["--ratio", "0.5"], {"ratio": 0.5}),
                     (["--words", "40"], {"words": 40}), (["--similarity", "bm25"], {"similarity": "bm25"})]:
        out = cli("summarize", "--format", "json", *args, str(f))
        assert precis.summarize(text, source=str(f), **kw).to_dict() == json.loads(out.stdout), args


def test_extraction_and_sentences_are_the_cli_json(cli, sample_files):
    for f in sample_files:
        text = f.read_text(encoding="utf-8")
        out = cli("extract", "--format", "json", str(f))
        assert precis.extract(text, source=str(f)).to_dict() == json.loads(out.stdout)
        out = cli("sentences", "--format", "json", str(f))
        assert [s.to_dict() for s in precis.sentences(text, source=str(f))] == json.loads(out.stdout)["sentences"]


def test_objects_read_the_json_fields():
    text = ("The two sides made three proposals. First is resuming dialogues. The second is "
            "expanding trade. The third is protecting the rivers. Both sides welcomed the talks.")
    s = precis.summarize(text, sentences=2)
    d = s.to_dict()
    assert len(s.sentences) == 2 == len(d["sentences"])
    assert [x.text for x in s.sentences] == [x["text"] for x in d["sentences"]]
    assert [x.rank for x in s.sentences] == [x["rank"] for x in d["sentences"]]
    e = s.enumerations[0]
    de = d["enumerations"][0]
    assert isinstance(e, precis.Enumeration)
    assert (e.label, e.declared_count, e.kind, e.count_ok) == (de["label"], de["declared_count"], de["kind"], de["count_ok"])
    assert [i.ordinal for i in e.items] == [1, 2, 3]
    assert [i.text for i in e.items] == [i["text"] for i in de["items"]]
    assert isinstance(e.items[0], precis.Item)
    assert [it.head for it, depth, parent in s.items()] == [i["head"] for i in d["enumerations"][0]["items"]]
    assert isinstance(s.meta, precis.Meta)
    with pytest.raises(AttributeError):
        s.no_such_field
    # to_dict() is a copy: changing it changes nothing
    d["sentences"].clear()
    assert len(s.to_dict()["sentences"]) == 2


def test_index_points_into_sentences():
    text = "Opening line here. The budget grew by ten percent. Schools got most of it. Roads got the rest."
    segmentation = precis.sentences(text)
    for x in precis.summarize(text, sentences=2).sentences:
        assert segmentation[x.index].span == x.span


def test_spans_as_bytes_and_as_str_slices():
    text = "«Première» phrase ici, avec des accents — et un tiret. 第二句话在这里。 Third “curly” sentence here."
    data = text.encode()
    for x in precis.sentences(text):
        b = data[x.byte_slice]
        assert text[x.slice] == b.decode()
        assert x.char_span == (len(data[:x.span[0]].decode()), len(data[:x.span[1]].decode()))
    s = precis.summarize(text)
    for x in s.sentences:
        assert text[x.slice] == data[x.byte_slice].decode()
    # bytes input: code points of its decoding
    for x in precis.sentences(data):
        assert text[x.slice] == data[x.byte_slice].decode()


def test_bad_options():
    with pytest.raises(ValueError):
        precis.summarize("A sentence.", similarity="jaccard")
    with pytest.raises(ValueError):
        precis.summarize("A sentence.", sentences=0)
    with pytest.raises(ValueError):
        precis.summarize("A sentence.", ratio=0)
    with pytest.raises(ValueError):
        precis.summarize("A sentence.", ratio=1.5)


def test_gil_is_released():
    # No wall-clock threshold on the call itself (a faster build must not fail this test): the
    # worker records when each call runs, the main thread when it ticks, and ticks that fall
    # inside a call prove the GIL was released there. With the GIL held, a tick could only land
    # in the instant between the worker reading the clock and entering the call (a few per call).
    text = "The ministers agreed on a plan for trade number {}. "
    big = "".join(text.format(i) + ("\n\n" if i % 5 == 4 else "") for i in range(60000))
    calls = []
    done = threading.Event()

    def work():
        while sum(end - begin for begin, end in calls) < 0.3:
            begin = time.monotonic()
            precis.summarize(big)
            calls.append((begin, time.monotonic()))
        done.set()

    worker = threading.Thread(target=work)
    ticks = []
    worker.start()
    while not done.is_set():
        ticks.append(time.monotonic())
        time.sleep(0.001)
    worker.join()
    inside = sum(1 for t in ticks if any(begin < t < end for begin, end in calls))
    assert len(calls) <= 20 and inside >= 50, (calls, len(ticks), inside)


def test_input_format_is_passed_to_the_loader():
    html = ("<html><body><h1>Trade talks</h1><p>The two sides met on <b>Monday</b>. They agreed "
            "to meet again.</p><p>Officials will draft a plan.</p></body></html>")
    as_html = precis.summarize(html, input_format="html").to_dict()
    assert precis.summarize(html).to_dict() == as_html  # auto-detected as HTML
    assert all("<" not in s["text"] for s in as_html["sentences"])  # markup is not text
    as_text = precis.summarize(html, input_format="text").to_dict()
    assert any("<" in s["text"] for s in as_text["sentences"])  # as text, the tags are words
    assert [s.kind for s in precis.sentences(html, input_format="html")] != \
        [s.kind for s in precis.sentences(html, input_format="text")] or \
        [s.text for s in precis.sentences(html, input_format="html")] != \
        [s.text for s in precis.sentences(html, input_format="text")]
    with pytest.raises(ValueError):
        precis.summarize(html, input_format="pdf")
