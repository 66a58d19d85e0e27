"""The entity highlighter and keyword-in-context (spaCy displaCy): spans marked, hostile article text inert."""

from __future__ import annotations

import html
import re

import pytest
from markdown_it import MarkdownIt

from dashboard import ui

# Article text is untrusted: HTML, Markdown images/links, Streamlit directives, math, a bare CR that would
# end the HTML block in Markdown, and a quote that would end an attribute.
HOSTILE = [
    "<script>alert('x')</script> Iran said",
    'Iran <img src=x onerror=alert(1)> said',
    "Iran ![pixel](http://evil.test/p.png) said",
    "Iran [click](http://evil.test) and :red[alarm] and :material/warning: said",
    "Iran *bold* _em_ `code` ~~gone~~ $x^2$ said",
    "Iran\r\r![pixel](http://evil.test/p.png)\r\rsaid",
    "Iran\n\n# heading\n\n- item said",
    'Iran " onmouseover="alert(1) said www.evil.test',
    "Iran &amp; &lt;b&gt; said",
]

_MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _text_of(markup: str) -> str:
    """The characters a reader sees: tags dropped (a <br> as a newline), references decoded."""
    return html.unescape(re.sub(r"<[^>]*>", "", markup.replace("<br>", "\n")))


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_shows_as_text(text):
    out = ui.highlight(text, [(0, 4, "country:IRN")], title={"country:IRN": "Iran"}, types={"country:IRN": "country"})
    assert [t for t in re.findall(r"<(\w+)", out) if t != "wbr"] == ["div", "mark"] + ["br"] * text.count("\n")
    assert _text_of(out) == text.replace("\r", " ")


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("wrap", ["{}", "<div class='x'>{}</div>", "x {}", "<ul class='kwic'><li>{}</li></ul>"])
def test_markdown_in_the_text_is_not_interpreted(text, wrap):
    # As HTML block (how the pages pass it) and as inline HTML in a paragraph (where Markdown would apply)
    for out in (ui.highlight(text, [(0, 4, "country:IRN")], types={"country:IRN": "country"}), ui.kwic(text, 0, 4)):
        rendered = _MD.render(wrap.format(out))
        assert not re.search(r"<(img|a|em|strong|code|del|h1|li|script)\b", rendered.replace("<li>", "", wrap.count("<li>")))
        assert " ".join(text.split()) in " ".join(_text_of(rendered).split())  # every character shown as text


@pytest.mark.parametrize("spans, marked", [
    ([(0, 4, "country:IRN"), (10, 15, "person:putin")], ["Iran", "Putin"]),
    ([(10, 15, "person:putin"), (0, 4, "country:IRN")], ["Iran", "Putin"]),       # any order in, text order out
    ([(0, 4, "country:IRN"), (2, 8, "x:y")], ["Iran"]),                            # overlap: the first kept
    ([(0, 4, "country:IRN"), (10, 99, "x:y"), (5, 5, "x:z")], ["Iran"]),          # past the end / empty: dropped
    ([], []),
])
def test_spans_are_marked_in_order(spans, marked):
    text = "Iran told Putin no."
    out = ui.highlight(text, spans, title={"person:putin": "Vladimir Putin"},
                       types={"country:IRN": "country", "person:putin": "person"})
    assert re.findall(r"<mark[^>]*>([^<]*)</mark>", out) == marked
    assert _text_of(out) == text


def test_colour_by_type_and_tooltip_escaped():
    out = ui.highlight("Iran and Evil Co.", [(0, 4, "country:IRN"), (9, 16, "org:evil")],
                       title={"country:IRN": "Iran", "org:evil": 'Evil "Co" <b>'},
                       types={"country:IRN": "country", "org:evil": "company-unknown-type"})
    iran, evil = re.findall(r"<mark[^>]*>", out)
    assert ui._COLOURS["country"] in iran and 'title="Iran · country:IRN"' in iran
    assert "#fff3b0" in evil and "&quot;Co&quot; &lt;b&gt; · org:evil" in evil and "<b>" not in out


@pytest.mark.parametrize("sentence, start, end, marked", [
    ("Iran told Putin no.", 10, 15, "Putin"),
    ("Iran told\nPutin no.", 10, 15, "Putin"),  # one line: a newline would end the list item
    ("Iran told Putin no.", 15, 10, None),
    ("Iran told Putin no.", -3, 4, "Iran"),
])
def test_kwic_marks_one_span_in_bold(sentence, start, end, marked):
    out = ui.kwic(sentence, start, end)
    assert re.findall(r"<mark[^>]*>([^<]*)</mark>", out) == ([marked] if marked else [])
    assert "\n" not in out and "<br>" not in out and ("font-weight:600" in out) == bool(marked)
    assert _text_of(out) == sentence.replace("\n", " ")


@pytest.mark.parametrize("text", HOSTILE + ["# Heading at the start", "- a list item", "2024. A year, then a dot",
                                            "    four spaces: code", "+ plus item", "> quoted", "a@evil.test mail"])
@pytest.mark.parametrize("wrap", ["> {}", "{}", "x {}"])
def test_inert_text_is_one_line_of_text_in_any_markdown_context(text, wrap):
    out = ui.inert(text)
    rendered = _MD.render(wrap.format(out))
    assert not re.search(r"<(img|a|em|strong|code|del|h\d|ul|ol|li|script|pre|table)\b", rendered), rendered
    assert "\n" not in out and " ".join(text.split()) in " ".join(_text_of(rendered).split())


_GFM = MarkdownIt("gfm-like")  # linkify on, as GitHub-flavoured Markdown autolinks bare addresses


@pytest.mark.parametrize("text", HOSTILE + [
    "Outlet http://evil.test/path and https://x.test",
    "Mail press@evil.test or WWW.EVIL.TEST today",
])
def test_md_caption_text_renders_as_the_same_text_with_no_markup(text):
    out = _GFM.render(ui.md(text))
    assert not re.search(r"<(a|img|em|strong|code|h\d|li|del|script)\b", out), out
    assert _text_of(out).replace("\u2060", "").split() == text.split()


@pytest.mark.parametrize("text", ["http://evil.test", "see www.evil.test", "a@evil.test", "HTTPS://X.TEST"])
def test_md_breaks_autolink_triggers_with_an_invisible_joiner(text):
    # remark-gfm links bare addresses even when their punctuation is backslash-escaped (seen in Streamlit).
    out = ui.md(text).replace("\\", "")
    assert not re.search(r"(?i)://|www\.|\w@", out)
    assert out.replace("\u2060", "") == text
