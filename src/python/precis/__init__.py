"""precis: structured summaries of official statements.

Ranked key sentences, keywords, metadata and every announced enumeration ("three proposals:
First is ...") as a typed tree, each unit with its span in the input.

    >>> import precis
    >>> s = precis.summarize(text, sentences=3)
    >>> s.sentences[0].text, s.sentences[0].span, text[s.sentences[0].slice]
    >>> s.to_dict()          # exactly the JSON contract (`precis summarize --format json`)

Spans. The JSON contract's spans are BYTE offsets into the UTF-8 input: ``node.span`` is that
``(begin, end)`` pair and ``node.byte_slice`` the matching ``slice`` (for the input's bytes,
``text.encode()[node.byte_slice]``). For a ``str`` input, ``node.char_span`` is the same range
in code points and ``node.slice`` its ``slice``, so ``text[node.slice]`` is the unit's source
text (for a ``bytes`` input, code points of ``text.decode()``). Code point offsets are computed
once per result, on first use, in one pass over the text (free for ASCII text).

Errors. Invalid UTF-8 or a NUL byte in ``bytes`` input raises :class:`InputError` (a
``ValueError``) with ``line``, ``column`` (1-based, in bytes), ``offset``, ``source`` and
``message``: the error the ``precis`` command prints for the same bytes. Input that is neither
``str`` nor ``bytes`` raises ``TypeError``.
"""
from __future__ import annotations

import itertools
import json
from typing import Any, Iterable, Iterator, Optional, Union

from . import _core
from ._core import InputError

__all__ = ["summarize", "extract", "sentences", "summarize_many", "InputError", "Summary",
           "Extraction", "Sentence", "Keyword", "Enumeration", "Item", "Meta", "Node",
           "__version__"]
__version__ = _core.__version__

Text = Union[str, bytes]


class _Root:
    """The input text of one result and, once asked for, its byte to code point map."""

    __slots__ = ("text", "_chars")

    def __init__(self, text: Text):
        self.text = text
        self._chars: Optional[dict] = None

    def char(self, node_dict: dict, offset: int, tree: dict) -> int:
        if isinstance(self.text, str) and self.text.isascii():
            return offset
        if self._chars is None:
            offsets = sorted(set(_offsets(tree)))
            self._chars = dict(zip(offsets, _core.char_offsets(self.text, offsets)))
        return self._chars[offset]


def _offsets(d: Any) -> Iterator[int]:
    """Every span offset of a JSON tree ("span": [b, e] and "spans": [[b, e], ...])."""
    if isinstance(d, dict):
        for k, v in d.items():
            if k == "span" and isinstance(v, list) and len(v) == 2:
                yield from v
            elif k == "spans" and isinstance(v, list):
                for p in v:
                    yield from p
            else:
                yield from _offsets(v)
    elif isinstance(d, list):
        for v in d:
            yield from _offsets(v)


class Node:
    """A JSON object of a result, read as attributes (``node.text``, ``node.items``): every key
    of the JSON contract is an attribute, lists of objects are lists of nodes. ``to_dict()``
    gives the JSON object itself."""

    __slots__ = ("_d", "_root", "_tree")
    _children: dict = {}

    def __init__(self, d: dict, root: _Root, tree: dict):
        self._d, self._root, self._tree = d, root, tree

    def __getattr__(self, name: str) -> Any:
        try:
            v = self._d[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__} has no field {name!r}") from None
        cls = _FIELD_CLASS.get(name, Node)
        if isinstance(v, dict):
            return cls(v, self._root, self._tree)
        if isinstance(v, list) and v and isinstance(v[0], dict):
            return [cls(x, self._root, self._tree) for x in v]
        if name == "span":
            return tuple(v)
        return v

    def __dir__(self):
        return list(self._d) + ["to_dict", "byte_slice", "char_span", "slice"]

    def __repr__(self) -> str:
        brief = {k: v for k, v in self._d.items() if not isinstance(v, (list, dict))}
        return f"{type(self).__name__}({brief})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Node) and self._d == other._d

    def to_dict(self) -> dict:
        """This object as in the JSON contract (a deep copy)."""
        return json.loads(json.dumps(self._d))

    @property
    def byte_slice(self) -> slice:
        """``slice(begin, end)`` of the span in the input's UTF-8 bytes."""
        b, e = self._d["span"]
        return slice(b, e)

    @property
    def char_span(self) -> tuple:
        """The span in code points of the input ``str``."""
        b, e = self._d["span"]
        return (self._root.char(self._d, b, self._tree), self._root.char(self._d, e, self._tree))

    @property
    def slice(self) -> slice:
        """``slice`` of the span in code points: ``text[node.slice]``."""
        return slice(*self.char_span)

    def char_spans(self, key: str = "spans") -> list:
        """Code point spans of a list of byte spans (a keyword's occurrences, when present)."""
        return [(self._root.char(self._d, b, self._tree), self._root.char(self._d, e, self._tree))
                for b, e in self._d.get(key, [])]


class Sentence(Node):
    """A summary sentence (index into ``precis.sentences(text)``, rank, score, text, span) or,
    from ``precis.sentences``, a sentence of the segmentation (index, paragraph, kind, span, text)."""


class Keyword(Node):
    """A keyword or keyphrase: term, score (and its spans when the contract has them)."""


class Item(Node):
    """An item: ordinal, marker, head, text, span, children (a list of Enumeration)."""


class Enumeration(Node):
    """An enumeration: label, declared_count, kind, count_ok, span, items (a list of Item)."""

    def walk(self, depth: int = 0):
        """Every item under this enumeration, depth-first: (item, depth, parent item or None)."""
        yield from _walk([self], depth, None)


class Meta(Node):
    """The statement's metadata: dateline, date, source_agency, speakers, ..."""


def _walk(enums, depth, parent):
    for e in enums:
        for it in e.items:
            yield it, depth, parent
            yield from _walk(it.children, depth + 1, it)


_FIELD_CLASS = {"sentences": Sentence, "keywords": Keyword, "enumerations": Enumeration,
                "children": Enumeration, "items": Item, "meta": Meta}


class _Result(Node):
    __slots__ = ("_json",)

    def __init__(self, js: str, text: Text):
        d = json.loads(js)
        super().__init__(d, _Root(text), d)
        self._json = js

    def to_dict(self) -> dict:
        """The whole result as in the JSON contract: json.loads of the library's own JSON."""
        return json.loads(self._json)

    def to_json(self) -> str:
        """The library's JSON text, one line and a newline (what the command line prints)."""
        return self._json

    @property
    def text(self) -> Text:
        """The input this result was made from."""
        return self._root.text

    def items(self):
        """Every item of every enumeration, depth-first: (item, depth, parent item or None)."""
        yield from _walk(self.enumerations, 0, None)


class Summary(_Result):
    """``precis.summarize``'s result: source, enumerations, sentences, keywords, meta."""


class Extraction(_Result):
    """``precis.extract``'s result: source, enumerations."""


def _limits(sentences, ratio, words):
    return sentences, (None if ratio is None else float(ratio)), words


def summarize(text: Text, sentences: Optional[int] = None, ratio: Optional[float] = None,
              words: Optional[int] = None, similarity: str = "overlap", *, keywords: int = 10,
              repair: bool = False, pdf_cleanup: bool = True, input_format: str = "auto",
              source: str = "<string>") -> Summary:
    """Summarizes one text: key sentences (in document order, each with its rank), keywords,
    every enumeration and the metadata.

    ``sentences``, ``ratio`` (of the eligible sentences, in (0, 1]) and ``words`` (a word
    budget) limit the length; when several are given all hold, when none is, 3 sentences.
    ``similarity``: "overlap" (TextRank), "bm25" or "cosine" (LexRank). ``repair`` replaces
    invalid UTF-8 bytes with '?' and NUL with ' ' (one byte for one, spans unchanged) instead
    of raising InputError; ``pdf_cleanup`` drops running headers and rejoins page breaks;
    ``input_format``: "auto" (detected from the text), "text", "markdown" or "html", as the
    command line's --input-format; ``source`` names the input in the result and in errors. The GIL is released meanwhile.
    """
    s, r, w = _limits(sentences, ratio, words)
    return Summary(_core.summarize_json(text, s, r, w, similarity, keywords, repair, pdf_cleanup,
                                        input_format, source, None), text)


def extract(text: Text, *, repair: bool = False, pdf_cleanup: bool = True,
            input_format: str = "auto", source: str = "<string>") -> Extraction:
    """Every enumeration the text announces, as a tree (``precis extract --format json``);
    keywords as summarize()'s."""
    return Extraction(_core.extract_json(text, repair, pdf_cleanup, input_format, source), text)


def sentences(text: Text, *, repair: bool = False, pdf_cleanup: bool = True,
              input_format: str = "auto", source: str = "<string>") -> list:
    """The segmentation: a list of Sentence (index, paragraph, kind, span, text), as
    ``precis sentences --format json`` gives it; a summary sentence's ``index`` is into it."""
    return Extraction(_core.sentences_json(text, repair, pdf_cleanup, input_format, source),
                      text).sentences


def summarize_many(texts: Iterable[Text], threads: int = 0, *, chunk: Optional[int] = None,
                   errors: str = "raise", sentences: Optional[int] = None,
                   ratio: Optional[float] = None, words: Optional[int] = None,
                   similarity: str = "overlap", keywords: int = 10, repair: bool = False,
                   pdf_cleanup: bool = True, input_format: str = "auto",
                   source: str = "<string>") -> Iterator[Summary]:
    """Summarizes an iterable of texts on ``threads`` threads (0: every core) without the GIL,
    yielding one Summary per text in input order. An item is a text, or a ``(source, text)``
    pair that names it (the result's ``source`` and its errors' ``source``).

    It streams: ``chunk`` texts (default 64 per thread) are taken from ``texts``, summarized and
    yielded before the next are taken, so a generator of millions of texts is never held at
    once. ``errors="raise"`` raises the InputError of a bad text when its turn comes;
    ``errors="yield"`` yields the InputError instance in its place and goes on. Other keywords
    are summarize()'s.
    """
    if errors not in ("raise", "yield"):
        raise ValueError("errors must be 'raise' or 'yield'")
    if threads < 0:
        raise ValueError("threads must be >= 0")
    n = chunk or 64 * (threads or _cores())
    s, r, w = _limits(sentences, ratio, words)
    it = iter(texts)
    while True:
        block = list(itertools.islice(it, n))
        if not block:
            return
        names = [source] * len(block)
        for i, t in enumerate(block):
            if isinstance(t, tuple) and len(t) == 2:
                names[i], block[i] = str(t[0]), t[1]
            if not isinstance(block[i], (str, bytes)):
                raise TypeError(f"each text must be str or bytes, not {type(block[i]).__name__}")
        results = _core.summarize_batch(block, names, None, threads, s, r, w, similarity,
                                        keywords, repair, pdf_cleanup, input_format)
        for t, res in zip(block, results):
            if isinstance(res, InputError):
                if errors == "raise":
                    raise res
                yield res
            else:
                yield Summary(res, t)


def _cores() -> int:
    import os
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
