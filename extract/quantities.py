"""Finds the numbers an article claims (digits and words, money, percentages, vague counts) with their unit, topic and direction of change."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from extract.sentences import sentence_of
from extract.model import Fact

UNITS_OF_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
MULTIPLIERS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
               "trillion": 1_000_000_000_000, "bn": 1_000_000_000}
# Plural round numbers stand for a rough count: "dozens" is taken as two dozen, "hundreds" as two hundred.
VAGUE_COUNTS = {"dozens": 24, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000, "billions": 2_000_000_000}
VAGUE_BASES = {"tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000}
FRACTIONS = {"half": 0.5, "quarter": 0.25, "quarters": 0.25, "third": 1 / 3, "thirds": 1 / 3}
FEW_WORDS = {"few": 3, "several": 3}
CURRENCIES = {"$": "dollars", "US$": "US dollars", "€": "euros", "£": "pounds", "¥": "yen", "A$": "Australian dollars",
              "C$": "Canadian dollars", "HK$": "Hong Kong dollars", "Rs": "rupees", "₹": "rupees"}
PERCENT_WORDS = {"%": "percent", "percent": "percent", "per": "percent"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
CLOCK_WORDS = {"am", "pm", "a.m.", "p.m.", "a.m", "p.m", "o'clock", "gmt", "utc", "hrs", "h"}
TIME_NOUNS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute",
              "minutes", "second", "seconds", "decade", "decades", "century", "centuries"}
MEASURES = {"km", "m", "cm", "mm", "kg", "g", "t", "ft", "mi", "lb", "lbs", "km2", "ha", "mph", "kph", "km/h"}
NAME_LABELS = {"PERSON", "ORG", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART", "GPE", "LOC", "NORP"}
UP_WORDS = {"rise", "soar", "increase", "climb", "jump", "grow", "surge", "double", "triple", "gain", "raise",
            "boost", "swell", "spike", "rocket", "up", "expand", "mount", "escalate", "exceed", "top"}
DOWN_WORDS = {"fall", "drop", "decline", "decrease", "plunge", "sink", "shrink", "slump", "cut", "reduce", "lower",
              "tumble", "slide", "dip", "down", "lose", "halve", "plummet", "diminish", "contract", "ease"}
# Verbs that state where a measure stands: "turnout reached 62%", "the toll stood at 40".
LEVEL_VERBS = {"reach", "stand", "total", "hit", "amount", "remain", "stay", "exceed", "top", "near", "approach",
               "average", "number"}
DIGITS = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$")
YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)$")
ABOUT_MAX_CHARS = 100


def _digit_value(text: str) -> float | None:
    return float(text.replace(",", "")) if DIGITS.match(text) else None


def _is_number_word(token: Token) -> bool:
    return token.lower_ in UNITS_OF_NUMBERS or token.lower_ in MULTIPLIERS and token.lower_ != "bn"


class NumberPhrase:
    """A run of tokens that spells one number, with its value and the tokens it spans."""

    def __init__(self, start: int, end: int, value: float, unit_hint: str = ""):
        self.start, self.end, self.value, self.unit_hint = start, end, value, unit_hint


def _read_number(doc: Doc, i: int) -> NumberPhrase | None:
    """Read the number that starts at token i, or None when none starts there."""
    token = doc[i]
    lower = token.lower_
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    # "hundreds of thousands", "tens of thousands"
    if lower in VAGUE_BASES and nxt is not None and nxt.lower_ == "of" and i + 2 < len(doc) \
            and doc[i + 2].lower_ in VAGUE_BASES:
        return NumberPhrase(i, i + 3, 2 * VAGUE_BASES[lower] * VAGUE_BASES[doc[i + 2].lower_])
    if lower in VAGUE_COUNTS:
        return NumberPhrase(i, i + 1, VAGUE_COUNTS[lower])
    if lower == "twice":
        return NumberPhrase(i, i + 1, 2, "times")
    if lower in ("a", "an") and nxt is not None:
        if nxt.lower_ == "dozen":
            return NumberPhrase(i, i + 2, 12)
        if nxt.lower_ in ("quarter", "third", "half") and not (i + 2 < len(doc) and doc[i + 2].pos_ in ("NOUN", "ADJ")):
            return NumberPhrase(i, i + 2, FRACTIONS[nxt.lower_])
        if nxt.lower_ in FEW_WORDS and i + 2 < len(doc) and doc[i + 2].lower_ in MULTIPLIERS:
            return NumberPhrase(i, i + 3, FEW_WORDS[nxt.lower_] * MULTIPLIERS[doc[i + 2].lower_])
        if nxt.lower_ in ("hundred", "thousand", "million", "billion"):
            return _read_words(doc, i + 1, start=i)
        return None
    if lower == "half" and token.dep_ not in ("amod",) and (nxt is None or nxt.lower_ not in ("an", "a")):
        return NumberPhrase(i, i + 1, 0.5)
    if (value := _digit_value(token.text)) is not None:
        end = i + 1
        if end < len(doc) and doc[end].lower_ in MULTIPLIERS:
            value *= MULTIPLIERS[doc[end].lower_]
            end += 1
        return NumberPhrase(i, end, value)
    if _is_number_word(token) and lower in UNITS_OF_NUMBERS:
        return _read_words(doc, i, start=i)
    return None


def _read_words(doc: Doc, i: int, start: int) -> NumberPhrase:
    """'twenty-five', 'one million', 'two hundred and fifty', 'two-thirds'."""
    total, current, end = 0.0, 0.0, i
    j = i
    while j < len(doc):
        lower = doc[j].lower_
        if lower in UNITS_OF_NUMBERS:
            current += UNITS_OF_NUMBERS[lower]
        elif lower in MULTIPLIERS and lower != "bn":
            current = max(current, 1) * MULTIPLIERS[lower]
            if MULTIPLIERS[lower] >= 1000:
                total, current = total + current, 0.0
        elif lower in FRACTIONS and j > i and doc[j - 1].lower_ in ("-",) | UNITS_OF_NUMBERS.keys():
            return NumberPhrase(start, j + 1, (total + current) * FRACTIONS[lower])
        else:
            break
        end = j + 1
        # Words of one number are joined by a hyphen or by "and" after hundred: "twenty-five", "hundred and five".
        if j + 2 < len(doc) and doc[j + 1].text == "-" and doc[j].whitespace_ == "" and \
                (doc[j + 2].lower_ in UNITS_OF_NUMBERS or doc[j + 2].lower_ in FRACTIONS) and lower in UNITS_OF_NUMBERS \
                and (doc[j + 2].lower_ in FRACTIONS or UNITS_OF_NUMBERS[lower] >= 20):
            j += 2
        elif j + 2 < len(doc) and doc[j + 1].lower_ == "and" and lower == "hundred" and doc[j + 2].lower_ in UNITS_OF_NUMBERS:
            j += 2
        else:
            j += 1
    return NumberPhrase(start, end, total + current)


def _is_excluded(doc: Doc, phrase: NumberPhrase, sentence: Span) -> bool:
    """Dates, years, clock times, numbers inside names, and 'one of' are not claimed quantities."""
    first, last = doc[phrase.start], doc[phrase.end - 1]
    before = doc[phrase.start - 1] if phrase.start > 0 else None
    after = doc[phrase.end] if phrase.end < len(doc) else None
    if after is not None and after.text == "s" and last.whitespace_ == "":
        return True  # "the 1990s", "707s"
    if before is not None and before.lower_ in MONTHS or after is not None and after.lower_ in MONTHS:
        return True
    if after is not None and (after.lower_ in CLOCK_WORDS or after.text in (":",)):
        return True
    if before is not None and before.text in (":", "/") or after is not None and after.text == "/":
        return True
    if YEAR.match(first.text) and phrase.end - phrase.start == 1 and not (
            after is not None and (after.tag_ == "NNS" or after.lower_ in MEASURES) and after.lower_ not in TIME_NOUNS):
        return True
    if first.ent_type_ in NAME_LABELS and last.ent_type_ in NAME_LABELS:
        return True
    if DIGITS.match(first.text) and before is not None and not before.is_punct and before.pos_ in ("NOUN", "PROPN") \
            and (before.pos_ == "PROPN" and not before.is_sent_start or first.head.i < first.i):
        # A number right after a name or its noun labels it ("Boeing 707", "resolution 2259"); counts come first.
        return True
    if before is not None and before.whitespace_ == "" and before.text == "-" and phrase.start > 1 \
            and doc[phrase.start - 2].is_alpha and doc[phrase.start - 2].lower_ not in UNITS_OF_NUMBERS:
        return True
    if first.lower_ == "one" and phrase.end - phrase.start == 1:
        if after is not None and after.lower_ in ("of", "another", "day", "way"):
            return True
        if any(t.lower_ == "other" and t.i > first.i for t in sentence):
            return True
    return False


def _unit_and_span(doc: Doc, phrase: NumberPhrase) -> tuple[str, int, int]:
    """The unit or counted noun, and the token range of the phrase with its unit when the unit follows directly."""
    start, end = phrase.start, phrase.end
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.text in CURRENCIES and before.whitespace_ == "":
        return CURRENCIES[before.text], start - 1, end
    after = doc[end] if end < len(doc) else None
    if after is None:
        return phrase.unit_hint, start, end
    if after.text == "%" or after.lower_ == "percent":
        return "percent", start, end + 1
    if after.lower_ == "per" and end + 1 < len(doc) and doc[end + 1].lower_ == "cent":
        return "percent", start, end + 2
    if phrase.unit_hint:
        return phrase.unit_hint, start, end
    # "ten-storey", "eleven-month-old", "92-year-old"
    if after.text == "-" and after.whitespace_ == "" and end + 1 < len(doc) and doc[end + 1].is_alpha:
        word = doc[end + 1]
        stop = end + 2
        if stop + 1 < len(doc) and doc[stop].text == "-" and doc[stop + 1].lower_ == "old":
            stop += 2
        unit = word.lemma_.lower() + "s" if word.lower_ in TIME_NOUNS or word.pos_ == "NOUN" else word.text
        return unit, start, stop
    head = doc[end - 1].head
    if head.i >= end and head.pos_ in ("NOUN", "PROPN") and head.i - end <= 3 and \
            all(t.pos_ in ("ADJ", "NOUN", "PROPN", "ADV") or t.dep_ in ("compound", "amod") for t in doc[end:head.i]):
        return doc[end:head.i + 1].text, start, head.i + 1
    if after.pos_ == "NOUN" and after.tag_ in ("NNS", "NN") and after.dep_ != "npadvmod":
        return after.text, start, end + 1
    # "tens of thousands of people", "40 of the passengers": the noun counted sits behind "of".
    if after.lower_ == "of":
        counted = next((child for child in after.children if child.dep_ == "pobj" and child.tag_ == "NNS"), None)
        if counted is not None:
            return counted.text, start, end
    return "", start, end


def _about(doc: Doc, phrase: NumberPhrase, unit_end: int) -> str:
    """What is measured: the noun phrase the number counts, or the thing a percentage is of."""
    last = doc[unit_end - 1]
    for child in last.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            text = doc[child.i + 1:child.right_edge.i + 1].text
            return text[:ABOUT_MAX_CHARS]
    head = doc[phrase.end - 1].head
    noun = last if last.pos_ in ("NOUN", "PROPN") else head if head.pos_ in ("NOUN", "PROPN") else None
    if noun is not None:
        tokens = [t for t in noun.subtree if not (phrase.start <= t.i < unit_end) and t.dep_ not in ("relcl", "punct")]
        if tokens:
            return doc[tokens[0].i:tokens[-1].i + 1].text[:ABOUT_MAX_CHARS]
    return _subject_measured(noun if noun is not None else doc[phrase.end - 1])


def _subject_measured(token: Token) -> str:
    """'Prices soared by 60 percent', 'the rate fell to 3.5%', 'turnout was 62%': the subject is what is measured."""
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ in ("by", "to", "from", "at"):
        token = token.head
    verb = token.head
    if verb.pos_ not in ("VERB", "AUX"):
        return ""
    # Only verbs that state a level or its change make their subject the thing measured: "the blaze killed
    # three" counts victims, not blazes.
    measuring = verb.lemma_.lower() in UP_WORDS | DOWN_WORDS | LEVEL_VERBS
    if not (token.dep_ in ("prep", "dobj", "npadvmod") and measuring or token.dep_ == "attr" and verb.lemma_ == "be"):
        return ""
    subject = next((child for child in token.head.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return ""
    # The noun with its modifiers and "of" phrase; clauses and appositions hung on it are left out.
    kept = [subject] + [t for child in subject.children if child.dep_ in ("amod", "compound", "poss", "nmod", "prep")
                        and (child.dep_ != "prep" or child.lower_ == "of") for t in child.subtree]
    start, end = min(t.i for t in kept), max(t.i for t in kept)
    return subject.doc[start:end + 1].text[:ABOUT_MAX_CHARS]


def _change(doc: Doc, phrase: NumberPhrase) -> str:
    """'soared by 60 percent' is up, 'fell to 39' is down; otherwise none."""
    token = doc[phrase.end - 1]
    for _ in range(4):
        if token.lemma_.lower() in UP_WORDS:
            return "up"
        if token.lemma_.lower() in DOWN_WORDS:
            return "down"
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        token = token.head
    return "none"


def _display_value(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 4)


def extract_quantities(doc: Doc, skip_until: int = 0) -> list[Fact]:
    """Return one quantity fact per number stated in the body (after the wire dateline)."""
    facts: list[Fact] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if token.idx < skip_until:
            i += 1
            continue
        phrase = _read_number(doc, i)
        if phrase is None:
            i += 1
            continue
        sentence = sentence_of(token)
        if _is_excluded(doc, phrase, sentence):
            i = phrase.end
            continue
        unit, start, end = _unit_and_span(doc, phrase)
        span = doc[start:end]
        facts.append(Fact("quantity", span.start_char, span.end_char, sentence.text.strip(), {
            "value": _display_value(phrase.value), "unit": unit, "text": span.text,
            "about": about if (about := _about(doc, phrase, end)) != unit else "", "change": _change(doc, phrase),
        }))
        i = max(phrase.end, i + 1)
    return facts
