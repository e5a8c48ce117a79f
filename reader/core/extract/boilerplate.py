"""Drop what sits inside an article's container but is not the article.

Newsletter boxes, "read also" / "lire aussi" links, share widgets and image credits get
through every extractor because they live among the paragraphs. They are recognised by
their class or id, by the words they start with, and by being mostly links.
"""

from __future__ import annotations

import re

from lxml import etree

from reader.core.models import Block

_TOKEN_SPLIT = re.compile(r"[\s_-]+|(?<=[a-z])(?=[A-Z])")
_BOILERPLATE_TOKENS = frozenset(
    {
        "newsletter", "newsletters", "subscribe", "subscription", "signup", "inscription",
        "share", "sharing", "sharebar", "sharetools", "partage", "partager", "social",
        "socials", "sociaux", "related", "readalso", "lireaussi", "aussi", "readmore",
        "recommended", "recommendations", "outbrain", "taboola", "promo", "advert",
        "advertisement", "ad", "ads", "pub", "publicite", "sponsored", "breadcrumb",
        "breadcrumbs", "credit", "credits", "copyright", "cookie", "cookies", "consent",
        "paywall", "print", "toolbar", "tools", "popup", "modal", "donate", "donation",
    }
)  # fmt: skip
"""Words in a class or id that mark a box as something other than the article's text."""

_BOILERPLATE_STEMS = re.compile(
    r"newsletter|subscri|signup|share|sharing|partage|social|related|readalso|lireaussi"
    r"|outbrain|taboola|advert|sponsor|breadcrumb|paywall|cookie"
)
"""The same, found inside longer names (`jp-relatedposts`, `socialShareBar`)."""

_PROTECTED_TOKENS = frozenset({"article", "body", "content", "main", "story", "text", "post"})
_LEAD_PHRASES = re.compile(
    r"""^\W*(
        (?:à\s+)?lire\s+(?:aussi|également|encore)|(?:à\s+)?voir\s+aussi|sur\s+le\s+même\s+sujet
        |read\s+(?:also|more)|also\s+read|related(?:\s+(?:articles?|stories|coverage))?
        |more\s+on\s+this\s+(?:story|topic)|see\s+also|recommended
        |sign\s+up|subscribe\s+to|inscrivez-vous|abonnez-vous|recevez\s+(?:notre|nos)
        |share\s+(?:this|on)|partager\s+(?:sur|cet)
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
_HIDDEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)", re.I)
_LEAD_TAGS = frozenset({"p", "div", "aside", "section", "li", "ul", "span", "strong", "b"})
_CREDIT = re.compile(
    r"""(?:^|\s)(?:\(?\s*(?:photo|photos|photograph|image|illustration|crédit|crédits|credit|credits
    |source\s+photo|©)\s*(?::|by|©)?\s*[^.!?]*\)?\s*$)""",
    re.IGNORECASE | re.VERBOSE,
)


def _tokens(element: etree._Element) -> set[str]:
    words: set[str] = set()
    for attribute in ("class", "id", "role", "aria-label", "data-component"):
        value = element.get(attribute)
        if value:
            for word in _TOKEN_SPLIT.split(value):
                if word:
                    words.add(word.lower())
            words.add(value.lower().replace("-", "").replace("_", ""))
    return words


def _hidden(element: etree._Element) -> bool:
    """Hidden from readers: the `hidden` attribute or an inline display:none/visibility:hidden."""
    if element.get("hidden") is not None:
        return True
    style = element.get("style")
    return bool(style) and _HIDDEN_STYLE.search(style) is not None


def _opening(element: etree._Element) -> str:
    """The first words of an element's text, read from its first few nodes only.

    Bounded so that a page of thousands of nested boxes stays linear to scan.
    """
    pieces = []
    for count, node in enumerate(element.iter()):
        if count > 12:
            break
        if isinstance(node.tag, str) and node.text:
            pieces.append(node.text)
            if sum(map(len, pieces)) > 40:
                break
    return " ".join(" ".join(pieces).split())


def _text_length(element: etree._Element) -> int:
    return len(" ".join(element.itertext()).split())


def _link_words(element: etree._Element) -> int:
    return sum(_text_length(link) for link in element.iter("a"))


def drop_boilerplate(root: etree._Element) -> None:
    """Remove non-article boxes from a parsed page, in place.

    A box is dropped when its class or id says it is a newsletter, share, related-links,
    credit or advertising box, unless it holds much of the page's text (a badly named
    wrapper around the whole article). Short boxes starting with "Lire aussi", "Read more",
    "Sign up"... are dropped too.
    """
    body = root.find("body")
    total = max(_text_length(body if body is not None else root), 1)
    doomed: list[etree._Element] = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("html", "body"):
            continue
        if _hidden(element):
            doomed.append(element)
            continue
        tokens = _tokens(element)
        if element.tag == "aside" or (
            (tokens & _BOILERPLATE_TOKENS or _BOILERPLATE_STEMS.search(" ".join(tokens)))
            and not tokens & _PROTECTED_TOKENS
        ):
            words = _text_length(element)
            if words < 0.25 * total and words < 400:
                doomed.append(element)
                continue
        if element.tag in _LEAD_TAGS and _LEAD_PHRASES.match(_opening(element)):
            text = " ".join(element.itertext()).strip()
            if len(text) < 300:
                doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()
    for caption in root.iter("figcaption"):
        _drop_credit(caption)


def _drop_credit(caption: etree._Element) -> None:
    """Remove the photographer's credit at the end of a figure caption."""
    text = " ".join(" ".join(caption.itertext()).split())
    found = _CREDIT.search(text)
    if not found:
        return
    kept = text[: found.start()].strip()
    for child in list(caption):
        caption.remove(child)
    caption.text = kept


_UI_LINE = re.compile(
    r"""^\W*(?:advertisement|advertising|publicité|sponsored|continue\s+reading(?:\s+the\s+main\s+story)?
    |loading\s+comments|share(?:\s+this(?:\s+(?:story|article))?)?|like\s+this|related|tweet|e-?mail
    |print|photo|credit|crédit|lire\s+la\s+suite|read\s+more|partager|facebook|twitter|whatsapp
    |linkedin|pinterest|copy\s+link|copier\s+le\s+lien|comments?|commentaires?|skip\s+advert)\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
_CREDIT_LINE = re.compile(
    r"^\W*(?:photo|photograph|image|picture|illustration|credit|crédit|crédits|©)s?\b\s*(?::|by|©|\s)",
    re.IGNORECASE,
)


def is_boilerplate_block(block: Block) -> bool:
    """A block that is an interface label, a credit or a "read also" line, not the article."""
    text = block.text
    if block.kind == "preformatted" or len(text) > 300:
        return False
    if _UI_LINE.match(text) or _LEAD_PHRASES.match(text):
        return True
    return len(text.split()) <= 15 and _CREDIT_LINE.match(text) is not None
