"""Escapers: the only way spec text (titles, descriptions, enum values, wire names, URLs, versions,
package names, rule messages) may reach a generated file.

Spec text is hostile input. Each function here serves exactly one output context and documents
what it guarantees for *every* ``str``, whatever it contains: quotes, backslashes, line breaks of
every kind (``\\n \\r \\x0b \\x0c \\x85 \\u2028 \\u2029``), NUL and other control characters, lone
surrogates, bidirectional-override characters ("Trojan Source"), byte-order marks, template syntax
(``{{ }}``, ``${}``) and so on. The guarantee is always of the same shape: the output cannot end
the construct it is placed in (so it can never become code) and cannot make the file invalid for
its parser or formatter (Python/black, Go/gofmt, TOML, JSON, YAML, XML, Markdown).

All functions are pure, dependency-free and run in linear time (``str.translate`` and single-pass
regular expressions only).

Character classes used throughout (fixed lists, independent of the Python version's Unicode
database, so the generated output is the same on every machine; only ``go_tag_name`` asks
``unicodedata`` which characters are letters and digits):

- *controls*: C0 (U+0000-U+001F), DEL (U+007F), C1 (U+0080-U+009F, which includes NEL U+0085);
- *line separators*: U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR (and NEL);
- *bidi controls*: U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069;
- *BOM*: U+FEFF;
- *surrogates*: U+D800-U+DFFF (a Python ``str`` can hold them alone; UTF-8 cannot encode them).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "go_comment",
    "go_raw_ok",
    "go_str",
    "go_tag_name",
    "json_str",
    "md_code_span",
    "md_text",
    "one_line",
    "py_comment",
    "py_doc",
    "py_str",
    "toml_str",
    "xml_text",
    "yaml_str",
]

# --------------------------------------------------------------------------------------------
# Character classes
# --------------------------------------------------------------------------------------------

_C0 = range(0x00, 0x20)
_C1 = range(0x80, 0xA0)
_DEL = 0x7F
_CONTROLS = (*_C0, _DEL, *_C1)
_LINE_SEPS = (0x2028, 0x2029)
_BIDI = (0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069)
_BOM = 0xFEFF
_SURROGATES = range(0xD800, 0xE000)
_REPLACEMENT = "\ufffd"

# Code points that are valid text but must never appear raw in generated source: they are
# invisible, reorder how a line is displayed, or are line breaks to some tools but not others.
_INVISIBLE = (*_LINE_SEPS, *_BIDI, _BOM)

_Table = dict[int, str]


def _u4(cp: int) -> str:
    return f"\\u{cp:04x}"


def _x2(cp: int) -> str:
    return f"\\x{cp:02x}"


# --------------------------------------------------------------------------------------------
# Shared
# --------------------------------------------------------------------------------------------

# Runs of spaces, controls (C0 incl. \t \n \v \f \r, DEL, C1 incl. NEL) and U+2028/U+2029.
_BREAKS_RUN = re.compile("[\x00-\x20\x7f-\x9f\u2028\u2029]+")

# Removed outright from one-line human text (comments, Markdown): bidi controls and the BOM.
# Lone surrogates become U+FFFD (the output must be encodable as UTF-8).
_DROP_INVISIBLE: _Table = {cp: "" for cp in (*_BIDI, _BOM)}
_DROP_INVISIBLE.update({cp: _REPLACEMENT for cp in _SURROGATES})


def one_line(s: str) -> str:
    """Collapse every run of line breaks, control characters and spaces into one space, then strip.

    Guarantee: the result contains no C0 control (so no ``\\n \\r \\t \\x0b \\x0c`` and no NUL), no
    DEL, no C1 control (so no NEL U+0085), no U+2028/U+2029, no two consecutive spaces and no
    leading or trailing space. Every other character is kept unchanged (bidi controls, the BOM and
    lone surrogates included: the ``*_comment`` functions and ``md_text`` deal with those).
    """
    return _BREAKS_RUN.sub(" ", s).strip(" ")


# --------------------------------------------------------------------------------------------
# Python
# --------------------------------------------------------------------------------------------

_PY_STR: _Table = {cp: _x2(cp) for cp in _CONTROLS}
_PY_STR.update({cp: _u4(cp) for cp in (*_INVISIBLE, *_SURROGATES)})
_PY_STR.update({ord("\\"): "\\\\", ord('"'): '\\"', ord("\t"): "\\t", ord("\n"): "\\n", ord("\r"): "\\r"})


def py_str(s: str) -> str:
    """A complete double-quoted Python string literal (quotes included) that evaluates to exactly ``s``.

    Guarantee: ``ast.literal_eval(py_str(s)) == s`` for every ``s`` (lone surrogates included), and
    the literal is one line of valid UTF-8 that black accepts as is (black only re-quotes it with
    ``'`` when ``s`` has more ``"`` than ``'``; the value stays the same). Escaped: ``\\`` and ``"``;
    tab, LF and CR as ``\\t \\n \\r``; every other control (C0, DEL, C1 incl. NEL) as ``\\xNN``;
    U+2028, U+2029, bidi controls, the BOM and lone surrogates as ``\\uXXXX``. Hex digits are lower
    case (black's normal form). Every other character, non-ASCII included (accents, CJK, emoji), is
    written as itself. The literal has no prefix, so it is never an f-string: ``{`` is inert.
    """
    return '"' + s.translate(_PY_STR) + '"'


# Line breaks of every kind, for multi-line text: CRLF counts as one.
_ANY_NEWLINE = re.compile("\r\n|[\n\r\x0b\x0c\x85\u2028\u2029]")

_PY_DOC: _Table = {cp: "\\" + _x2(cp) for cp in _CONTROLS}
_PY_DOC.update({cp: "\\" + _u4(cp) for cp in (*_BIDI, _BOM, *_SURROGATES)})
_PY_DOC.update({ord("\\"): "\\\\", ord("\t"): " ", ord("\n"): "\n"})
# A '"' followed by another '"' or at the very end: the only quotes that could help close """.
_PY_DOC_QUOTE = re.compile(r'"(?=")')


def py_doc(s: str) -> str:
    """Text to place inside a (non-raw) ``\"\"\"...\"\"\"`` docstring; it may span several lines.

    Guarantee: ``'\"\"\"' + py_doc(s) + '\"\"\"'`` is exactly one string literal for every ``s`` (it
    cannot close early, and its text cannot form an escape sequence or a line continuation), the
    source is valid UTF-8 and black accepts it. The docstring's value is ``s`` with these changes:

    - every line break (``\\r\\n``, ``\\r``, ``\\x0b``, ``\\x0c``, NEL, U+2028, U+2029) is a ``\\n``;
    - a tab is a space;
    - any other control character, bidi control, BOM or lone surrogate is shown as visible text,
      e.g. NUL as the four characters ``\\x00`` and U+202E as ``\\u202e`` (a docstring is for reading);
    - everything else, backslashes and quotes included, is kept (backslashes are doubled in source,
      so ``\\N{...}``, ``\\x41``, ``\\u0041`` stay literal text; a ``"`` followed by ``"`` is written
      ``\\"`` and one at the end ``\\x22``, so no ``\"\"\"`` and no trailing quote ever appear in the
      source: black would put a space before the closing quotes, ruff would not).

    Meant for a docstring delimited by ``\"\"\"`` only (not ``'''``).
    """
    text = _PY_DOC_QUOTE.sub(r'\\"', _ANY_NEWLINE.sub("\n", s).translate(_PY_DOC))
    return text[:-1] + "\\x22" if text.endswith('"') else text


# PEP 263: a comment on line 1 or 2 matching ``coding[:=]\s*[-\w.]+`` picks the file's encoding
# (``# coding: utf-7`` then turns ``+AAo-`` into a newline: code injection).
_PY_CODING = re.compile(r"coding(?=[:=])")
# Tool pragmas recognised anywhere in a comment (black's ``fmt: off/skip``, yapf's disable) and,
# at its start, a type comment (parsed by the compiler with type_comments=True, mypy, pyright).
_PY_PRAGMA = re.compile(r"\b(fmt|yapf)(?=\s*:)|^(type)(?=:)")


def py_comment(s: str) -> str:
    """One line of text safe after ``# `` in Python source (trailing or on a line of its own).

    Guarantee: the result contains no line break of any kind (``\\n \\r \\x0b \\x0c`` NEL U+2028
    U+2029), no control character (NUL included), no bidi control, no BOM and no lone surrogate
    (replaced by U+FFFD), so the comment ends where the line ends and the file stays valid UTF-8. It
    also cannot act as a directive: a ``coding:``/``coding=`` encoding declaration (PEP 263) is
    broken up as ``coding :``, and so are black/yapf ``fmt:``/``yapf:`` pragmas and a leading mypy
    ``type:`` comment. Built on ``one_line`` (whitespace runs collapse to one space, stripped).
    """
    text = one_line(s.translate(_DROP_INVISIBLE))
    text = _PY_CODING.sub("coding ", text)
    return _PY_PRAGMA.sub(lambda m: (m.group(1) or m.group(2)) + " ", text)


# --------------------------------------------------------------------------------------------
# Go
# --------------------------------------------------------------------------------------------

# In a Go string, \xNN is one *byte*: right for ASCII controls, wrong for C1 (U+0080 is two
# bytes in UTF-8), which therefore use \u00NN.
_GO_STR: _Table = {cp: _x2(cp) for cp in (*_C0, _DEL)}
_GO_STR.update({cp: _u4(cp) for cp in (*_C1, *_INVISIBLE)})
_GO_STR.update({cp: _u4(0xFFFD) for cp in _SURROGATES})
_GO_STR.update({ord("\\"): "\\\\", ord('"'): '\\"', ord("\t"): "\\t", ord("\n"): "\\n", ord("\r"): "\\r"})


def go_str(s: str) -> str:
    """A complete Go interpreted string literal ``"..."`` whose value is ``s`` encoded as UTF-8.

    Guarantee: gofmt accepts the literal and leaves it unchanged, and Go evaluates it to the UTF-8
    bytes of ``s`` -- except that each lone surrogate becomes U+FFFD (written ``\\ufffd``), since a
    Go string literal cannot hold one (``\\ud800`` is a compile error and UTF-8 cannot encode it).
    Escaped: ``\\`` and ``"``; tab, LF, CR as ``\\t \\n \\r``; other ASCII controls and DEL as
    ``\\xNN``; C1 controls, U+2028, U+2029, bidi controls and the BOM (which gofmt rejects raw) as
    ``\\uXXXX``. Every other character is written as itself, emoji included: never as a UTF-16
    surrogate pair, which Go rejects.
    """
    return '"' + s.translate(_GO_STR) + '"'


def _go_comment_text(text: str) -> str:
    # ``// +build`` lines are build constraints: gofmt rewrites them into ``//go:build`` and go vet
    # reports them. (``//go:`` and ``//line`` directives need no space after ``//``, so the caller's
    # ``// `` already rules them out.)
    if text.startswith("+build"):
        return "+ build" + text[len("+build") :]
    return text


def go_comment(s: str) -> str:
    """One line of text safe after ``// `` in Go source.

    Guarantee: the result contains no line break of any kind, no control character (NUL
    included), no bidi control, no BOM (gofmt rejects NUL and a BOM anywhere but the start of a
    file) and no lone surrogate (replaced by U+FFFD), so the comment ends where the line ends and
    gofmt accepts the file. A leading ``+build`` (an old-style build constraint) is broken up as
    ``+ build``. Built on ``one_line``; the result has no leading or trailing space, and is empty for
    blank input (then write no comment, or ``//``: gofmt trims ``// `` and drops an empty doc
    comment). In a *doc* comment gofmt turns a pair of backticks or of ``'`` into a typographic
    quote (U+201C, U+201D), as go/doc defines: a change of display, not of syntax, left alone here.
    """
    return _go_comment_text(one_line(s.translate(_DROP_INVISIBLE)))


_GO_RAW_BAD = re.compile("[`\x00\r\ufeff\ud800-\udfff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def go_raw_ok(s: str) -> bool:
    """Whether ``s`` can be written verbatim as a Go raw string literal `` `s` ``.

    True when ``s`` has no backtick (ends the literal), no CR (Go drops CRs from raw strings, so the
    value would change), no NUL and no BOM (gofmt rejects both), no lone surrogate (not encodable
    as UTF-8) and no bidi control (would make the source display differently from what it is).
    Newlines and every other character are fine.
    """
    return _GO_RAW_BAD.search(s) is None


# encoding/json's isValidTag: these punctuation characters and space, besides letters and digits.
_GO_TAG_PUNCT = frozenset("!#$%&()*+-./:;<=>?@[]^_{|}~ ")


def go_tag_name(s: str) -> str | None:
    """``s`` if encoding/json accepts it as the name in a struct tag ``json:"<name>,omitzero"``, else None.

    Mirrors encoding/json's ``isValidTag``: non-empty, and every character is a letter (Unicode
    category L*), a decimal digit (Nd) or one of ``!#$%&()*+-./:;<=>?@[]^_{|}~`` and space. So a
    backtick, ``"``, ``\\``, ``,``, ``'``, controls, bidi controls and surrogates are never accepted,
    and the name is safe both inside the tag's quotes and inside the raw string holding the tag.
    None means encoding/json would silently ignore the name: report it as a spec error. Note that
    ``"-"`` is accepted, but only means the name ``-`` when an option follows (``json:"-,omitzero"``);
    ``json:"-"`` alone skips the field. (Letter/digit categories come from Python's Unicode database;
    a character newer than it is rejected, which is the safe side.)
    """
    if not s:
        return None
    for ch in s:
        if ch in _GO_TAG_PUNCT:
            continue
        cat = unicodedata.category(ch)
        if not (cat[0] == "L" or cat == "Nd"):
            return None
    return s


# --------------------------------------------------------------------------------------------
# Data formats
# --------------------------------------------------------------------------------------------

def _basic_string_table() -> _Table:
    """The escapes TOML basic strings and JSON strings share: short forms, the rest as ``\\uXXXX``,
    lone surrogates as U+FFFD (neither format can carry one)."""
    table: _Table = {cp: _u4(cp) for cp in (*_CONTROLS, *_INVISIBLE)}
    table.update({cp: _u4(0xFFFD) for cp in _SURROGATES})
    short = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}
    table.update({ord(k): v for k, v in short.items()})
    return table


_TOML_STR = _basic_string_table()

def toml_str(s: str) -> str:
    """A TOML basic string ``"..."`` (one line) whose value is ``s``.

    Guarantee: ``tomllib.loads(f"k = {toml_str(s)}")["k"] == s``, except that each lone surrogate
    becomes U+FFFD (a TOML document is UTF-8 and its ``\\u`` escapes must be Unicode scalar values).
    Escaped: ``\\`` and ``"``; ``\\b \\t \\n \\f \\r``; every other control (which TOML forbids raw),
    DEL, C1, U+2028, U+2029, bidi controls and the BOM as ``\\uXXXX`` (TOML 1.0 has no ``\\x``).
    """
    return '"' + s.translate(_TOML_STR) + '"'


_JSON_STR = _basic_string_table()


def json_str(s: str) -> str:
    """A JSON string literal whose value is ``s``; also a valid JavaScript/TypeScript string literal.

    Guarantee: ``json.loads(json_str(s)) == s``, except that each lone surrogate becomes U+FFFD
    (written ``\\ufffd``): escaping it as ``\\udXXX`` would not round-trip (two adjacent ones read
    back as one astral character) and strict parsers (Go, Rust) refuse such escapes. Otherwise like
    ``json.dumps(s, ensure_ascii=False)``, also escaping DEL, C1 controls, U+2028/U+2029 (line
    terminators in pre-ES2019 JavaScript), bidi controls and the BOM as ``\\uXXXX``, so the literal
    is one line of visible UTF-8 text.
    """
    return '"' + s.translate(_JSON_STR) + '"'


def ts_str(s: str) -> str:
    """A TypeScript string literal whose value is ``s``: :func:`json_str`'s literal, which is valid
    JavaScript (the formatter may re-quote it with ``'``; the value stays the same)."""
    return json_str(s)


def ts_comment(s: str) -> str:
    """One line of text safe inside a ``/** ... */`` (JSDoc) block comment, after `` * ``.

    Guarantee: the result contains no line break of any kind, no control character, no bidi
    control, no BOM and no lone surrogate (as :func:`go_comment`), and no ``*/``: every ``*/`` is
    written ``*\\/`` so the comment cannot end early and spec text cannot become code. A leading
    ``@`` (a JSDoc tag) is written ``\\@``, so spec text cannot add tags such as ``@deprecated``."""
    text = one_line(s.translate(_DROP_INVISIBLE)).replace("*/", "*\\/")
    return "\\" + text if text.startswith("@") else text


_YAML_STR: _Table = {cp: _x2(cp) for cp in _CONTROLS}
_YAML_STR.update({cp: _u4(cp) for cp in (*_INVISIBLE, *_SURROGATES, 0xFFFE, 0xFFFF)})
_YAML_STR.update(
    {
        ord("\\"): "\\\\",
        ord('"'): '\\"',
        ord("\x00"): "\\0",
        ord("\t"): "\\t",
        ord("\n"): "\\n",
        ord("\r"): "\\r",
    }
)


def yaml_str(s: str) -> str:
    """A YAML double-quoted scalar (one line) whose value is ``s``.

    Guarantee: ``yaml.safe_load(yaml_str(s)) == s`` for every ``s``, also as a mapping value or a
    flow-sequence item; the scalar is one line, so no folding, indentation or comment rule applies.
    Escaped: ``\\`` and ``"``; NUL, tab, LF, CR as ``\\0 \\t \\n \\r``; other controls, DEL and C1
    (NEL included, a line break in YAML 1.1) as ``\\xNN`` (a code point in YAML, not a byte);
    U+2028, U+2029 (line breaks in YAML 1.1), bidi controls, the BOM, U+FFFE, U+FFFF and lone
    surrogates (not printable in YAML) as ``\\uXXXX``. (PyYAML reads ``\\ud83e`` back as the lone
    surrogate; stricter YAML parsers may refuse it: spec text has no business holding one.)
    """
    return '"' + s.translate(_YAML_STR) + '"'


_XML_TEXT: _Table = {cp: _REPLACEMENT for cp in (*_C0, *_SURROGATES, 0xFFFE, 0xFFFF)}
_XML_TEXT.update({cp: f"&#x{cp:x};" for cp in (_DEL, *_C1, *_INVISIBLE)})
_XML_TEXT.update(
    {
        ord("&"): "&amp;",
        ord("<"): "&lt;",
        ord(">"): "&gt;",
        ord('"'): "&quot;",
        ord("'"): "&apos;",
        ord("\t"): "&#9;",
        ord("\n"): "&#10;",
        ord("\r"): "&#13;",
    }
)


def xml_text(s: str) -> str:
    """XML 1.0 character data, for element text or an attribute value in either kind of quotes.

    Guarantee: a parser reads back ``s`` exactly, except for the characters XML 1.0 cannot carry at
    all -- C0 controls other than tab/LF/CR, lone surrogates, U+FFFE and U+FFFF -- which become
    U+FFFD. Escaped: ``& < > " '`` as entities; tab, LF, CR as character references (so attribute
    value normalisation and line-end handling do not turn them into spaces or LF); DEL, C1, U+2028,
    U+2029, bidi controls and the BOM as character references. The output is one line and contains
    no ``<``, ``&`` other than in the escapes, and no ``]]>``.
    """
    return s.translate(_XML_TEXT)


# --------------------------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------------------------

# Characters that can open or close an inline construct (code, emphasis, links, images, autolinks,
# raw HTML, entities, GFM strikethrough/tables, GitHub math) or a block (#, >): each written with a
# backslash, which CommonMark allows before any ASCII punctuation.
_MD_SPECIAL = "\\`*_[]<>#|~$&"
_MD_TEXT: _Table = {ord(c): "\\" + c for c in _MD_SPECIAL}
# Block markers that only count at the start of a line: list items (- + 1. 1)), setext underline (=).
_MD_LEADING = re.compile(r"^(?:([-+=])|(\d+)([.)]))")


def md_text(s: str) -> str:
    """Markdown (CommonMark/GFM) inline text: renders as the text of ``s`` on one line.

    Guarantee: the result is one line (``one_line``: every line break and control becomes a space)
    with no bidi control or BOM (removed) and no lone surrogate (U+FFFD), in which
    ``\\ ` * _ [ ] < > # | ~ $ &`` are backslash-escaped, and a leading ``-``, ``+``, ``=`` or
    ``<digits>.``/``<digits>)`` is escaped too. So it cannot open raw HTML, an autolink, a link or
    image, a code span, emphasis, a heading, a list item, a quote, a table cell, math or an entity;
    it renders as ``s``'s text with whitespace collapsed. (Bare URLs may still be auto-linked by
    GFM: that shows the same text.)
    """
    text = one_line(s.translate(_DROP_INVISIBLE)).translate(_MD_TEXT)

    def lead(m: re.Match[str]) -> str:
        if m.group(1):
            return "\\" + m.group(1)
        return m.group(2) + "\\" + m.group(3)

    return _MD_LEADING.sub(lead, text, count=1)


_MD_CODE: _Table = {cp: " " for cp in (*_CONTROLS, *_LINE_SEPS)}
_MD_CODE.update(_DROP_INVISIBLE)
_BACKTICK_RUN = re.compile("`+")


def md_code_span(s: str) -> str:
    """An inline code span (fences included) that renders ``s`` literally, on one line.

    Guarantee: the fence is one backtick longer than the longest run of backticks in ``s``, so the
    span cannot end early; when the content starts or ends with a backtick, or starts *and* ends
    with a space, it is padded with one space on each side (CommonMark strips exactly that). Every
    line break (CRLF as one) and control becomes a space, bidi controls and the BOM are removed and
    lone surrogates become U+FFFD; nothing else changes (backslashes, ``<``, ``*`` are literal in a
    code span). Empty ``s`` gives ``""`` (a code span cannot be empty). Not for GFM table cells,
    where ``|`` still splits the cell even inside a code span.
    """
    text = s.replace("\r\n", "\n").translate(_MD_CODE)
    if not text:
        return ""
    fence = "`" * (max((len(run) for run in _BACKTICK_RUN.findall(text)), default=0) + 1)
    pad = text[0] == "`" or text[-1] == "`" or (text[0] == " " and text[-1] == " " and text.strip(" ") != "")
    if pad:
        text = " " + text + " "
    return fence + text + fence
