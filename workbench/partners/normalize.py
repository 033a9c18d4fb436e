"""Tolerant parsing of the values people type into partner lists, and the keys partners are matched by."""

from __future__ import annotations

import re

from workbench.partners.tabular import cell_text

# Legal forms stripped when matching names ("ООО «Альфа»" and "Альфа" are the same partner).
LEGAL_FORMS = (
    "ооо", "оао", "зао", "пао", "ао", "ип", "нко", "ано", "чп", "тоо", "гк", "группа компаний",
    "llc", "ltd", "inc", "gmbh", "ooo", "corp", "co", "limited",
)
_LEGAL_RE = re.compile(r"^(?:" + "|".join(re.escape(f) for f in LEGAL_FORMS) + r")(?=\W|$)|"
                       r"(?<=\W)(?:" + "|".join(re.escape(f) for f in LEGAL_FORMS) + r")$", re.IGNORECASE)
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_SPACES = re.compile(r"\s+")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_THOUSANDS = re.compile(r"(?<=\d)[\s\u00a0\u202f'’](?=\d{3}(?!\d))")
_K_SUFFIX = re.compile(r"(\d+(?:[.,]\d+)?)\s*(тыс\.?|k|к)\b", re.IGNORECASE)
MAX_REASONABLE = 10_000_000


def clean_text(value: object) -> str:
    """Text with stray spaces collapsed and non-breaking spaces turned into spaces."""
    return _SPACES.sub(" ", cell_text(value)).strip()


def clean_place(value: object) -> str:
    """A city or region: spaces tidied, and an all-lower-case entry capitalised ("москва" -> "Москва")."""
    text = clean_text(value)
    if text and text == text.lower():
        text = " ".join(word[:1].upper() + word[1:] for word in text.split(" "))
    return text


def clean_company_name(value: object) -> str:
    """A company name as it will be shown: spaces collapsed, unbalanced or doubled quotes tidied."""
    text = clean_text(value)
    text = text.replace('""', '"')
    if text.count('"') == 1:
        text = text.replace('"', "")
    if text.count("«") != text.count("»"):
        text = text.replace("«", "").replace("»", "")
    return text.strip()


def normalize_name(name: object) -> str:
    """The key partners are matched by: lower case, ``ё``->``е``, no legal form, quotes or punctuation."""
    text = clean_text(name).lower().replace("ё", "е")
    text = _NON_WORD.sub(" ", text).strip()
    previous = None
    while previous != text:
        previous = text
        text = _LEGAL_RE.sub("", text).strip()
    return _SPACES.sub(" ", text)


def normalize_website(value: object) -> str:
    """The key websites are matched by: host without scheme, ``www.``, path, port or trailing dot."""
    text = clean_text(value).lower()
    if not text:
        return ""
    text = _SCHEME.sub("", text)
    text = text.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    text = text.split("@")[-1].split(":", 1)[0].strip(". ")
    if text.startswith("www."):
        text = text[4:]
    return text


def clean_website(value: object) -> tuple[str, str | None]:
    """(website as stored, problem or None): a scheme is added when missing; junk is a problem."""
    text = clean_text(value)
    if not text:
        return "", None
    host = normalize_website(text)
    if not host or " " in host or "." not in host:
        return text, f"“{text}” does not look like a website"
    if not _SCHEME.match(text):
        text = "https://" + text
    return text, None


def parse_count(value: object) -> tuple[int | None, str | None]:
    """A head-count or client count from what people type: (number or None, problem or None).

    "около 40" -> 40, "~40" -> 40, "1 200" -> 1200, "50-100" -> 75 (the middle of a range),
    "1,5 тыс" -> 1500, "более 100" -> 100, 12.0 -> 12; "" -> (None, None); "много" -> a problem.
    """
    if value is None:
        return None, None
    if isinstance(value, bool):
        return None, "not a number"
    if isinstance(value, int | float):
        if value < 0 or value > MAX_REASONABLE:
            return None, f"{value} is out of range"
        return int(round(value)), None
    text = clean_text(value)
    if not text:
        return None, None
    text = _THOUSANDS.sub("", text)
    multiplier = 1
    k = _K_SUFFIX.search(text)
    if k:
        multiplier = 1000
    numbers = [float(n.replace(",", ".")) for n in _NUMBER.findall(text)]
    if not numbers:
        return None, f"“{clean_text(value)}” is not a number"
    if len(numbers) >= 2 and re.search(r"\d\s*(?:-|–|—|до|to)\s*\d", text):
        result = (numbers[0] + numbers[1]) / 2
    else:
        result = numbers[0]
    result *= multiplier
    if result > MAX_REASONABLE:
        return None, f"{clean_text(value)} is out of range"
    return int(round(result)), None


def parse_rating(value: object) -> tuple[int | None, str | None]:
    """A 1..5 rating ("4", 4.0, "4/5"); (None, None) when blank, a problem when out of range."""
    number, problem = parse_count(value)
    if problem or number is None:
        return None, problem
    if not 1 <= number <= 5:
        return None, f"{number} is not a rating from 1 to 5"
    return number, None
