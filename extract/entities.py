"""Finds entity mentions in a parsed article and gives each its canonical name within the article (surnames, acronyms)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache

from spacy.tokens import Doc, Span

from extract.entity_repairs import (COMPASS_WORDS, HEAD_WORD_LABELS, KNOWN_LABELS, PLACE_NOUNS, PLACE_PREPOSITIONS,
                                    canonical_form, canonical_name, is_country_name, is_image_credit, join_storm_names,
                                    label_by_head_word, repaired_label, trim_markup, unify_labels)
from extract.model import Mention
from extract.nlp import english_words
from extract.roles import NATIONALITY, PERSONAL_STAFF, ROLE_WORDS
from extract.sentences import text_of

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "his", "its", "their", "us", "me"}
# Words an acronym's letters skip: "Federal Bureau of Investigation" is FBI.
ACRONYM_SKIP = {"of", "the", "and", "for", "on", "in", "de", "la", "&"}
# "(FBI)", "(PG&E)": an ampersand stands for the "and" the initials skip.
ACRONYM_DEFINITION = re.compile(r"\(\s*([A-Z][A-Za-z&]?[A-Z0-9&]{0,6})\s*[,;)]")
# A bracketed short name that is not all initials: "(Phivolcs)", "(Unicef)", "(Caan)".
SYLLABLE_ABBREVIATION = re.compile(r"\(\s*([A-Z][a-z]+[A-Za-z]*)\s*\)")
# A company's legal designation is often left out of its acronym: "Pacific Gas and Electric Company (PG&E)".
CORPORATE_DESIGNATIONS = {"company", "corporation", "corp", "corp.", "inc", "inc.", "incorporated", "limited", "ltd",
                          "ltd.", "plc", "llc", "co", "co."}
# Words before a name that are its bearer's title, not part of the name.
PERSON_TITLES = {"mr", "mrs", "ms", "mme", "dr", "prof", "sir", "dame", "president", "minister", "senator", "sen",
                 "rep", "governor", "gov", "mayor", "superintendent", "chief", "inspector", "sergeant", "sgt",
                 "captain", "capt", "general", "gen", "colonel", "col", "lieutenant", "lt", "major", "judge",
                 "justice", "bishop", "archbishop", "cardinal", "pope", "father", "rev", "king", "queen",
                 "prince", "princess", "sheikh", "ambassador", "secretary", "chancellor", "premier", "commissioner",
                 "detective", "officer", "director", "spokesman", "spokeswoman", "spokesperson", "professor",
                 "prime", "vice", "deputy", "foreign", "interior", "defence", "defense", "assemblywoman",
                 "assemblyman", "congressman", "congresswoman", "representative", "leader", "emeritus", "elect",
                 "councillor", "coun", "cllr", "councilman", "councilwoman", "attorney", "sheriff", "chairman",
                 "chairwoman", "cde", "comrade", "broadcaster", "honorable", "honourable", "hon", "mp", "mep", "speaker"} \
    | {"det", "cpl", "pvt", "insp", "supt", "cmdr", "cdr", "maj", "brig", "brigadier", "asst", "ceo", "cfo", "coo", "cto"} \
    | {"shri", "shrimati", "smt"}  \
    | {"magistrate", "constable", "coroner", "observer", "envoy", "negotiator", "rapporteur"} \
    | {"maulana", "hafiz", "pandit", "advocate"}  # "Maulana Fazlur Rehman", "Advocate Jacob Mudenda": honorifics
# Titles that only people bear: "Assemblywoman Selena Torres" read as an organisation is that person.
PERSON_ONLY_TITLES = {"mr", "mrs", "ms", "dr", "assemblywoman", "assemblyman", "congressman", "congresswoman",
                      "senator", "sen", "governor", "gov", "mayor", "president", "minister", "chancellor", "spokesman",
                      "spokeswoman", "spokesperson", "ambassador", "rep", "premier", "princess", "prince", "king", "queen",
                      "representative", "commissioner", "chairman", "chairwoman", "chairperson", "legislator",
                      "lawmaker", "councillor", "coun", "cllr", "councilman", "councilwoman", "professor", "judge",
                      "sheriff", "archbishop", "cardinal", "pope", "mp", "mep", "sgt", "capt", "lt", "det", "cpl", "pvt", "insp", "supt", "cmdr", "maj", "ceo", "cfo", "coo",
                      "cto", "brigadier", "colonel", "sergeant", "corporal", "admiral", "magistrate", "constable",
                      "coroner"}
# Words that end a person's name and never begin one: "Jr. Day" of "Martin Luther King Jr. Day" is no person.
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
# Letters of rank and honour written after a name ("Kama Melly QC", "Jane Doe OBE"): not part of the name.
POST_NOMINALS = {"QC", "KC", "SC", "OBE", "MBE", "CBE", "KBE", "DBE", "FRS", "PhD"}
# What an office is "of" in a title before a name: "Secretary of State", "Minister of Information".
TITLE_OBJECTS = {"state", "defence", "defense", "health", "information", "justice", "finance", "education", "the"}
COMPANY_WORDS = {"company", "corporation", "corp", "inc", "group", "limited", "ltd", "holdings", "motors", "airlines", "air",
                 "airways", "bank", "plc", "llc", "ag", "sa", "se", "nv", "gmbh", "spa", "oyj", "asa"}
PARTY_LABELS = {"democrat", "democratic", "republican", "labour", "conservative", "liberal", "tory", "green"}
# A surname that opens with an elided particle: "d'Estaing", "d’Alema", "dell'Orto".
ELIDED_PARTICLE = re.compile(r"^(?:d|l|dell|dall)['’][A-ZÀ-Ý]")
# Lower-case particles inside names: "Arnel dela Vega", "Ludwig van Beethoven".
NAME_PARTICLES = {"de", "dela", "del", "della", "da", "di", "van", "von", "der", "den", "bin", "ibn", "le", "la", "du"}
LEADING_ARTICLE = re.compile(r"^(?:the|The|THE|an?)\s+")
TRAILING_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def clean_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim a leading 'the', markup and a trailing possessive from a span; None when nothing name-like is left."""
    start, end = trim_markup(text, start, end)
    piece = text[start:end]
    # "United States-[led Iraq War]": the rest of a hyphenated word before the name is not part of it.
    if start > 0 and text[start - 1] == "-" and (match := re.match(r"[a-z]+\s+", piece)):
        start += match.end()
        piece = text[start:end]
    if match := LEADING_ARTICLE.match(piece):
        start += match.end()
        piece = text[start:end]
    if match := TRAILING_POSSESSIVE.search(piece):
        end -= len(match.group(0))
        piece = text[start:end]
    stripped = piece.strip(" \t\n,.;:-–—\"“”'‘’()[]")
    if not stripped:
        return None
    start += piece.index(stripped)
    end = start + len(stripped)
    # "U.S.", "D.C.", "Vance Jr.": the last dot of an abbreviation belongs to it.
    if (re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", stripped) or re.search(r"\b[JS]r$", stripped)) and text[end:end + 1] == ".":
        end += 1
        stripped += "."
    # "US" in capitals is the country, "us" the pronoun.
    is_pronoun = stripped.casefold() in PRONOUNS and not stripped.isupper()
    if len(stripped) < 2 or is_pronoun or not any(ch.isupper() for ch in stripped):
        return None
    return start, end


def _extend_with_proper_nouns(doc: Doc, ent: Span) -> tuple[Span, str]:
    """'Islamic' (NORP) followed by 'State' (proper noun) is one organisation: 'Islamic State'."""
    end = ent.end
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end].ent_type_ in ("", ent.label_):
        end += 1
    if end > ent.end and ent.label_ == "NORP":
        return doc[ent.start:end], "ORG"
    return ent, ent.label_


def _extend_leftwards(doc: Doc, ent: Span) -> Span:
    """'[Emergency] Situations Ministry': capitalised words the model left off the front of an organisation's name."""
    start = ent.start
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ") \
            and not doc[start - 1].ent_type_ and doc[start - 1].text.rstrip(".").casefold() not in PERSON_TITLES \
            and doc[start - 1].is_alpha:
        start -= 1
    return doc[start:ent.end]


def _repair_person(doc: Doc, ent: Span) -> tuple[Span | None, str]:
    """Strip titles ('Superintendent Graciano' → 'Graciano Mijares'), finish cut names, and relabel places read as people."""
    start, end = ent.start, ent.end
    while end - start > 1 and doc[end - 1].text.rstrip(".") in POST_NOMINALS:
        end -= 1  # "Judge Durham Hall QC"
    if end < len(doc) and (doc[end].ent_type_ == "PERSON" or doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()):
        # "[Ward III Councilman] [James Bell]", "[Cal Fire Capt.] [Scott McLean]": a span that ends in a title is the
        # body or place whose office the next name holds.
        title_start = end
        while title_start > start and doc[title_start - 1].text.rstrip(".").casefold() in PERSON_TITLES | ROLE_WORDS:
            title_start -= 1
        if start < title_start < end and (body_label := _body_before_titled_name(doc, title_start)) is not None:
            return doc[start:title_start], body_label
    # "US Ambassador to Germany Richard Grenell": the name is what follows the last title word.
    for index in range(end - 2, start - 1, -1):
        word = doc[index].text.rstrip(".").casefold()
        # "Officers Antoine Quirin and Nicolas Redouane": a plural title before a name is a title too.
        if word in PERSON_TITLES or word.rstrip("s") in PERSON_TITLES or word in ("to", "of", "for"):
            start = index + 1
            break
    # "Broadcaster Piers Morgan": an office noun that opens a three-word span is a title, not a first name.
    if start == ent.start and end - start >= 3 and doc[start].lower_ in ROLE_WORDS and doc[start].text.istitle():
        start += 1
    # "Mayor of Koszalin Piotr Jedlinski": the place an office is 'of' is not part of the name.
    if end - start >= 3 and start >= 2 and doc[start - 1].lower_ == "of" \
            and doc[start - 2].text.rstrip(".").casefold() in PERSON_TITLES:
        start += 1
    # "Secretary of State Mike Pompeo": the office's object is not part of the name.
    while end - start > 2 and doc[start].lower_ in TITLE_OBJECTS and doc[start - 1].lower_ in ("of", "to", "for"):
        start += 1
    if start == end - 1 and doc[start].text.rstrip(".").casefold() in PERSON_TITLES \
            or doc[start].text.rstrip(".").casefold() in NAME_SUFFIXES \
            or all(token.text.rstrip(".").casefold() in PERSON_TITLES | ROLE_WORDS for token in doc[start:end]):
        return None, "PERSON"  # "Foreign Secretary" alone names an office, not its holder
    # The small model often stops a name one word short: "Graciano" of "Graciano Mijares".
    # (words, not tokens: the hyphen of "Jean-Yves" is no word of "Jean-Yves Le Drian")
    while end < len(doc) and end - start - sum(t.text == "-" for t in doc[start:end]) < 4 and doc[end].pos_ == "PROPN" \
            and (doc[end].text[:1].isupper() or ELIDED_PARTICLE.match(doc[end].text)) \
            and doc[end].ent_type_ in ("", "PERSON") and doc[end - 1].whitespace_ \
            and doc[end].text.rstrip(".") not in POST_NOMINALS \
            and not _title_of_next_name(doc, end):
        end += 1  # also "Valéry Giscard [d'Estaing]": a surname with an elided particle
    # "Cyrus R. Vance[, Jr.]": a generational suffix after a comma still belongs to the name.
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text.rstrip(".").casefold() in NAME_SUFFIXES \
            and doc[end + 1].text[:1].isupper():
        end += 2
    # "Mayor of London [Sadiq] Khan": a first name the model left untagged between a place and the surname.
    while start > 1 and doc[start - 2].ent_type_ in ("GPE", "LOC", "ORG", "NORP") and not doc[start - 1].ent_type_ and doc[start - 1].pos_ == "PROPN" \
            and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end \
            and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and not doc[start - 1].is_sent_start \
            and doc[start - 1].lower_ not in PERSON_TITLES | ROLE_WORDS and doc[start - 1].whitespace_:
        start -= 1
    # "Senior Superintendent [Yolanda] Yu Hoi-kwan", "Superintendent [Priscilla Au] Yeung Kit-ching": given names the
    # model left untagged between a title and the surname.
    first = start
    while first > 1 and start - first < 2 and _untagged_name_part(doc[first - 1], start, end):
        first -= 1
    if first < start and (doc[first - 1].text.rstrip(".").casefold() in PERSON_TITLES | ROLE_WORDS
                          and (doc[first - 1].text[:1].isupper() or doc[first - 1].is_lower)
                          or doc[first - 1].text == "," and start - first == 1 and not doc[first].text.isupper()):
        # also after a lower-case office: "London mayor [Sadiq] Khan", "chief electoral officer [Sy] Mamabolo"; and
        # in apposition: "The Minister of Humanitarian Affairs, [Sadiya] Umar Farouq"
        start = first
    # "Ng Mei[-yee]": the lower-case second half of a hyphenated given name.
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].is_alpha and doc[end + 1].text.islower() and doc[end - 1].text[:1].isupper():
        end += 2
    # "Arnel dela Vega": the model often starts the name at its particle.
    if start >= 2 and doc[start].lower_ in NAME_PARTICLES and doc[start - 1].pos_ == "PROPN" \
            and doc[start - 1].text.rstrip(".").casefold() not in PERSON_TITLES \
            and doc[start - 1].text[:1].isupper() and doc[start - 1].ent_type_ in ("", "PERSON"):
        start -= 1
    span = doc[start:end]
    if (body_label := _body_before_titled_name(doc, end)) is not None \
            or len(span) == 1 and (body_label := _firm_before_lower_case_title(doc, end)) is not None:
        return span, body_label
    before = doc[start - 1] if start > 0 else None
    # "the Sahel region", "in the Sahel": people are not named with an article.
    if before is not None and before.lower_ == "the" and not (end < len(doc) and doc[end].tag_ == "POS"):
        return span, "LOC"
    return span, "PERSON"


def _title_of_next_name(doc: Doc, index: int) -> bool:
    """'Gresham [Mayor] Shane Bemis': a title word followed by a name belongs to that name, while 'Michel Mayor,' is a
    surname."""
    return doc[index].text.rstrip(".").casefold() in PERSON_TITLES | ROLE_WORDS and index + 1 < len(doc) \
        and doc[index + 1].pos_ == "PROPN" and doc[index + 1].text[:1].isupper()


# Offices of a place rather than of an organisation: the name before them is the place's.
PLACE_OFFICES = {"mayor", "governor", "sheriff", "premier", "mp", "councillor", "councilman", "councilwoman", "councilor"}


def _body_before_titled_name(doc: Doc, end: int) -> str | None:
    """'[Gresham] Mayor Shane Bemis': a name the model took for a person, just before a capitalised title and the
    name it is given to, is the place or organisation whose office that is: a place for a mayor, else a body."""
    index = end
    while index < len(doc) and doc[index].text[:1].isupper() and doc[index].text.rstrip(".").casefold() in ROLE_WORDS | PERSON_TITLES | {"deputy", "vice", "police", "fire", "health"}:
        index += 1
    if index == end or index >= len(doc) or not doc[end - 1].whitespace_ \
            or doc[index].ent_type_ != "PERSON" and not (doc[index].pos_ == "PROPN" and doc[index].text[:1].isupper()):
        return None
    titles = {token.text.rstrip(".").casefold() for token in doc[end:index]}
    if not titles & (ROLE_WORDS | PERSON_TITLES):
        return None
    return "GPE" if titles & PLACE_OFFICES else "ORG"


def _firm_before_lower_case_title(doc: Doc, end: int) -> str | None:
    """'[Berenberg] analyst Mark Tolan': one word the model took for a person, before a lower-case title and a name,
    is the body the title holder works for; not when the title serves a person ('Trump lawyer X')."""
    if end + 1 >= len(doc) or not doc[end].text.islower() or doc[end].lower_ not in ROLE_WORDS \
            or doc[end].lower_ in PERSONAL_STAFF or not doc[end - 1].whitespace_:
        return None
    following = doc[end + 1]
    return "ORG" if following.ent_type_ == "PERSON" and following.text[:1].isupper() else None


# Nouns that say who a person is in the story, written before the name like a title ("Resident Sandy Moll").
DESCRIBING_NOUNS = {"resident", "witness", "eyewitness", "neighbour", "neighbor", "passenger", "villager", "shopper",
                    "commuter", "bystander", "survivor", "farmer", "activist", "voter", "customer", "homeowner",
                    "motorist", "pedestrian", "student", "volunteer"}


def _untagged_name_part(token, start: int, end: int) -> bool:
    """A capitalised proper noun outside any entity that the parse joins to the name between start and end."""
    return not token.ent_type_ and token.pos_ == "PROPN" and token.dep_ == "compound" and token.is_alpha \
        and token.text[:1].isupper() and start <= token.head.i < end and not token.is_sent_start \
        and token.lower_ not in PERSON_TITLES | ROLE_WORDS and bool(token.whitespace_)


def _titled_name_as_work(ent: Span) -> Span | None:
    """'"Nobody was hurt," Capt. Dennis Ruiz said': after a closing quote mark the model reads a title and a name as
    the title of a work. A title only people bear, then two or three capitalised proper nouns, is that person."""
    if ent[0].text.rstrip(".").casefold() not in PERSON_ONLY_TITLES:
        return None
    name = ent[1:]
    if 2 <= len(name) <= 3 and all(token.pos_ == "PROPN" and token.text[:1].isupper() for token in name):
        return name
    return None


def _repair_titled_org(doc: Doc, ent: Span) -> tuple[Span | None, str]:
    """'Assemblywoman Selena Torres' read as an organisation is a person; 'German Chancellor' alone is no entity."""
    if (holder := _title_holder(doc, ent)) is not None:
        return holder, "PERSON"
    words = [token.text.rstrip(".").casefold() for token in ent]
    if len(ent) in (3, 4) and ent[-1].text.rstrip(".") in POST_NOMINALS \
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent[:-1]):
        return ent, "PERSON"  # "Kama Melly QC": letters of rank that only people bear
    if (holder := _holder_after_portfolio(ent)) is not None:
        return holder, "PERSON"
    titles = [index for index, word in enumerate(words) if word in PERSON_ONLY_TITLES]
    if not titles:
        titled = _titled_by_apposition(doc, ent) or _titled_before_by_apposition(doc, ent) \
            or _after_lower_case_office(doc, ent)
        return ent, ("PERSON" if titled else "ORG")
    after = ent[titles[-1] + 1:]
    if not len(after):
        # A nationality or party label and a title ("Syrian President", "Republican Assemblywoman").
        return (None, "ORG") if len(ent) <= 3 and not any(t.lower_ in ("of", "for") for t in ent) else (ent, "ORG")
    if 2 <= len(after) <= 3 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in after):
        return after, "PERSON"
    if len(ent) == 2 and after[0].pos_ == "PROPN" and after[0].text[:1].isupper() and after[0].is_alpha:
        return after, "PERSON"  # '"...," Dr Young said': a title and a surname read as an organisation
    return ent, "ORG"


# Relatives, who are people: "X, his wife".
FAMILY_NOUNS = {"wife", "husband", "widow", "widower", "son", "daughter", "mother", "father", "brother", "sister",
                "spouse", "fiancée", "fiancé", "grandson", "granddaughter", "nephew", "niece", "cousin", "uncle", "aunt"}

# Words that end organisations' names, never people's: a name-shaped tail with one of them is no person.
# Bodies that share a one-word name with a larger one ('Senate' and 'Senate Appropriations').
GENERIC_BODY_WORDS = {"senate", "house", "congress", "parliament", "assembly", "government", "cabinet", "army", "navy",
                      "police", "federal", "national", "state", "supreme", "royal", "central", "city", "county"}
# What a firm makes or does, after its name ("Nissan Motor", "Shell Oil"): the firm is named by its first word alone.
TRADE_WORDS = {"motor", "oil", "steel", "energy", "power", "electric", "mining", "chemical", "chemicals", "pharma",
               "foods", "food", "media", "entertainment", "technologies", "technology", "systems", "software"}
ORG_NAME_WORDS = COMPANY_WORDS | {"ministry", "department", "council", "committee", "agency", "service", "services",
                                  "office", "affairs", "security", "court", "party", "union", "forces", "force",
                                  "nations", "association", "institute", "commission", "university", "news",
                                  "fund", "foundation", "society", "trust", "federation", "league", "alliance",
                                  "organisation", "organization", "programme", "program", "centre", "center",
                                  "college", "school", "hospital", "authority", "board", "bureau", "network"}


def _is_name_word(token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha \
        and token.lower_ not in ORG_NAME_WORDS and token.lower_.rstrip("s") not in PERSON_TITLES


def _name_tail(ent: Span) -> Span | None:
    """The longest ending of up to three words that looks like a person's name: capitalised proper nouns, none of
    them a title or a word that ends organisations' names; at least two words."""
    size = 0
    while size < min(3, len(ent)) and _is_name_word(ent[len(ent) - 1 - size]):
        size += 1
    return ent[len(ent) - size:] if size >= 2 else None


def _holder_after_portfolio(ent: Span) -> Span | None:
    """'Director-General of Health Ashley Bloomfield' read as one organisation: an office, 'of' and a one-word
    portfolio, then the two or three words of the name of the person who holds it."""
    of = next((t.i - ent.start for t in ent if t.lower_ in ("of", "for")), None)
    if of is None or of + 2 >= len(ent) or ent[of + 1].lower_ not in TITLE_OBJECTS - {"the", "state"} \
            or not any(t.lower_ in ROLE_WORDS for t in ent[:of]):
        return None
    name = ent[of + 2:]
    if 2 <= len(name) <= 3 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name) \
            and not is_country_name(name.text):
        return name
    return None


def _title_holder(doc: Doc, ent: Span) -> Span | None:
    """The person the small model reads as (part of) an organisation right after a title and its object:
    'Ambassador to the United Nations Nikki Haley' (two organisations in a row after 'Ambassador to') and 'First
    Minister of Scotland Nicola Sturgeon' (one)."""
    tail = _name_tail(ent)
    if tail is None or is_country_name(tail[-1].text):
        return None  # "director of Youth Forum Zimbabwe": a body named after its country, not a person
    if _after_title_object(doc, ent.start) and len(ent) >= 3:
        return ent[len(ent) - 2:]  # "Scotland" is what the office is of, "Nicola Sturgeon" who holds it
    if tail.start == ent.start and ent.start > 0 and doc[ent.start - 1].ent_type_ in ("ORG", "GPE", "NORP"):
        object_start = ent.start - 1
        while object_start > 0 and doc[object_start].ent_iob_ == "I":
            object_start -= 1
        if _after_title_object(doc, object_start):
            return tail
    return None


def _after_title_object(doc: Doc, start: int) -> bool:
    """Whether the words before a span are a title and its 'of', 'to' or 'for' ('Minister of', 'Ambassador to the')."""
    index = start - 1
    if index >= 0 and doc[index].lower_ == "the":
        index -= 1
    return index >= 1 and doc[index].lower_ in ("of", "to", "for") \
        and doc[index - 1].text.rstrip(".").casefold() in PERSON_TITLES


def _titled_by_apposition(doc: Doc, ent: Span) -> bool:
    """'Ricardo Rosselló Nevares, Puerto Rico's governor', 'Wanda Vázquez Garced, the Secretary of Justice': two to
    four capitalised words set off by a comma and a title that only people bear name a person."""
    if not 2 <= len(ent) <= 4 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent):
        return False
    if all(t.text.rstrip(".").casefold() in PERSON_TITLES for t in ent):
        return False  # "Boris Johnson — former Foreign Secretary, mayor of London": an office, not a name
    if ent[0].lower_ in PARTY_LABELS:
        return False  # "Democrat Spearman, a minister": a party label and a surname, not a full name
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return False
    if ent.end + 2 < len(doc) and doc[ent.end + 1].tag_ == "PRP$" and doc[ent.end + 2].lower_ in FAMILY_NOUNS:
        return True  # "Maya Rockeymoore Cummings, his wife and ...": a relative of someone is a person
    return any(child.dep_ == "appos" and child.i > ent.end and child.lower_ in PERSON_ONLY_TITLES | {"secretary"}
               and not child.ent_type_ for child in ent.root.children)


def _after_lower_case_office(doc: Doc, ent: Span) -> bool:
    """'selection committee member Ulf Danielsson': a name of two or three capitalised words, none of them a word
    of an organisation's name, right after an office noun written in lower case."""
    before = doc[ent.start - 1] if ent.start > 0 else None
    tail = _name_tail(ent)
    return before is not None and before.text.islower() and before.pos_ == "NOUN" and before.tag_ == "NN" \
        and before.lower_ in ROLE_WORDS and tail is not None and tail.start == ent.start and len(ent) <= 3 \
        and not is_country_name(ent[-1].text)


def _titled_before_by_apposition(doc: Doc, ent: Span) -> bool:
    """'The current president of Namibia, Hage Geingob, said': two to four capitalised words set off by commas right
    after a title that only people bear (and what the title is of) name a person."""
    if not 2 <= len(ent) <= 4 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent) \
            or ent.start < 2 or doc[ent.start - 1].text != "," \
            or ent.end < len(doc) and doc[ent.end].text not in (",", ".", ";"):
        return False
    for index in range(ent.start - 2, max(ent.start - 8, -1), -1):
        if doc[index].text.rstrip(".").casefold() in PERSON_ONLY_TITLES:
            return True
        if doc[index].lower_ not in ("of", "the") and doc[index].pos_ != "PROPN":
            return False
    return False


def _find_untagged_titled_people(doc: Doc, skip_until: int, spans: dict, canonical: dict) -> None:
    """A name the model missed but the text titles ('Ricardo Rosselló Nevares, Puerto Rico's governor, announced')."""
    covered = sorted(spans)
    for token in doc:
        if token.idx < skip_until or token.ent_type_ or token.pos_ != "PROPN" or token.dep_ == "compound":
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i <= token.i \
                and not doc[start - 1].ent_type_:
            start -= 1
        name = doc[start:token.i + 1]
        key = (name.start_char, name.end_char)
        if _titled_by_apposition(doc, name) and not any(s < key[1] and key[0] < e for s, e in covered):
            spans[key] = "PERSON"
            canonical[key] = name.text


def _split_place_from_name(text: str, spans: dict, canonical: dict) -> None:
    """'Chief Executive of [Hong Kong Carrie Lam]', 'Mayor of [London Sadiq] [Khan]': the model ran a place the
    article names elsewhere on its own into the name after it. Split when the rest reads as a person: it runs on into
    a person's name, or its last word is a person elsewhere in the article."""
    person_words = {canonical[key].split()[-1] for key in spans if spans[key] == "PERSON"}
    persons_at = {key[0]: key for key in spans if spans[key] == "PERSON"}
    named = Counter((label, canonical[key]) for key, label in spans.items())
    for key in sorted(spans):
        label = spans.get(key)
        if label not in ("GPE", "ORG", "LOC") or len(canonical[key].split()) < 2:
            continue
        words = list(re.finditer(r"\S+", text[key[0]:key[1]]))
        for cut in range(len(words) - 1, 0, -1):
            rest = words[cut:]
            if not named[(label, " ".join(w.group(0) for w in words[:cut]))] or len(rest) > 3 \
                    or not all(w.group(0)[:1].isupper() and w.group(0).isalpha() for w in rest) \
                    or any(w.group(0).casefold() in ROLE_WORDS | PERSON_TITLES for w in rest):
                continue
            following = persons_at.get(key[1] + 1) if text[key[1]:key[1] + 1] == " " else None
            if following is None and (len(rest) < 2 or rest[-1].group(0) not in person_words):
                continue
            place = (key[0], key[0] + words[cut - 1].end())
            person = (key[0] + rest[0].start(), following[1] if following else key[1])
            del spans[key], canonical[key]
            if following:
                del spans[following], canonical[following]
            spans[place], canonical[place] = label, canonical_form(text[place[0]:place[1]])
            spans[person], canonical[person] = "PERSON", canonical_form(text[person[0]:person[1]])
            break


def _is_title_word(token) -> bool:
    word = token.text.rstrip(".").casefold()
    return word in PERSON_TITLES or word in ROLE_WORDS or word.endswith("s") and word[:-1] in ROLE_WORDS


def _find_people_after_titles(doc: Doc, skip_until: int, spans: dict, canonical: dict) -> None:
    """'Cardinal Marc Ouellet', 'Presidents Muhammadu Buhari of Nigeria': two or three capitalised words the model left
    untagged right after a title are a person's name."""
    covered = sorted(spans)
    for token in doc:
        if token.idx < skip_until or not _is_title_word(token) or token.i + 1 >= len(doc):
            continue
        first = token.i + 1
        while first < len(doc) and doc[first].tag_ == "NNPS" and doc[first].text[:1].isupper():
            first += 1  # "Minister of Foreign Affairs Dinesh Gunawardena": the portfolio ends in a plural, no name does
        end, words = first, 0
        while end < len(doc) and words < 3 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                and not doc[end].ent_type_ and not _is_title_word(doc[end]) and doc[end].text.replace("-", "").isalpha():
            end, words = _hyphened_word_end(doc, end), words + 1
        name = doc[first:end]
        one_hyphened_name = words == 1 and len(name) > 2  # "General Waker-Uz-Zaman"
        if not (2 <= words <= 3 or one_hyphened_name) \
                or end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            continue
        key = (name.start_char, name.end_char)
        if not any(s < key[1] and key[0] < e for s, e in covered):
            spans[key] = "PERSON"
            canonical[key] = name.text


# "Mayon Volcano", "Mount Merapi", "Sepik River": a name the story gives a landform elsewhere is a place.
LANDFORM_NAME = re.compile(r"\b(?:Mount|Mt\.?|Lake) ([A-Z][a-z]+)\b|\b([A-Z][a-z]+) (?:Volcano|River|Island|Lake|Mountains?)\b")


def _label_named_landforms(text: str, spans: dict, canonical: dict) -> None:
    """'Mayon' read as a person in a story that also writes 'Mayon Volcano': the volcano, a place, wherever it is named."""
    landforms = {one or other for one, other in LANDFORM_NAME.findall(text)}
    for key in spans:
        if spans[key] == "PERSON" and canonical[key] in landforms:
            spans[key] = "LOC"


def _hyphened_word_end(doc: Doc, index: int) -> int:
    """Where a capitalised word at index ends, with the capitalised parts hyphened to it ("Waker-Uz-Zaman")."""
    end = index + 1
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha:
        end += 2
    return end


def _find_people_listed_after_plural_titles(doc: Doc, skip_until: int, spans: dict, canonical: dict) -> None:
    """'Presidents Ali Bongo of Gabon and [Macky Sall] of [Senegal]': the second name of a list under one plural
    title, and the place after it, when the model left them untagged."""
    for token in doc:
        if token.idx < skip_until or not token.text[:1].isupper() or not token.lower_.endswith("s") \
                or token.lower_[:-1] not in ROLE_WORDS | PERSON_TITLES or token.i + 1 >= len(doc):
            continue
        first = next((key for key, label in spans.items() if label == "PERSON" and key[0] == doc[token.i + 1].idx), None)
        if first is None:
            continue
        index = token.i + 1
        while index < len(doc) and doc[index].idx < first[1]:
            index += 1
        if index + 1 < len(doc) and doc[index].lower_ == "of" and doc[index + 1].text[:1].isupper():
            index += 2
            while index < len(doc) and doc[index].ent_iob_ == "I":
                index += 1
        if index >= len(doc) or doc[index].lower_ != "and":
            continue
        start = end = index + 1
        # (untagged, or read as a body that runs on into 'of': "[Patrice Talon of] Benin")
        body_read = start < len(doc) and doc[start].ent_type_ == "ORG" and doc[start].ent_iob_ == "B"
        while end < len(doc) and end - start < 3 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                and (not doc[end].ent_type_ or body_read and doc[end].ent_type_ == "ORG") \
                and doc[end].text.replace("-", "").isalpha():
            end += 1
        if not 2 <= end - start <= 3 or end < len(doc) and doc[end].pos_ == "PROPN" \
                or body_read and (end >= len(doc) or doc[end].lower_ != "of"):
            continue
        name = doc[start:end]
        places = []
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].pos_ == "PROPN" \
                and doc[end + 1].text[:1].isupper() and not doc[end + 1].ent_type_:
            places = [doc[end + 1:end + 2]]
        for span, label in [(name, "PERSON")] + [(place, "GPE") for place in places]:
            key = (span.start_char, span.end_char)
            overlapping = [k for k in spans if k[0] < key[1] and key[0] < k[1]]
            if body_read and label == "PERSON":
                for other in overlapping:
                    del spans[other], canonical[other]
                overlapping = []
            if not overlapping:
                spans[key] = label
                canonical[key] = span.text


def _merge_split_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """'[116th United] States [Congress]': a place or people the model cut out of an organisation's name, joined by
    untagged proper nouns of the same name to the organisation (or to the organisation word that ends it)."""
    merged = []
    index = 0
    while index < len(ents):
        ent = ents[index]
        end = ent.end
        if ent.label_ in ("GPE", "NORP", "LOC") and all(token.dep_ == "compound" for token in ent):
            while end < len(doc) and not doc[end].ent_type_ and doc[end].pos_ == "PROPN" \
                    and doc[end].text[:1].isupper() and doc[end].lower_ not in PERSON_TITLES and doc[end - 1].whitespace_:
                end += 1
        following = ents[index + 1] if index + 1 < len(ents) else None
        particles_end = ent.end
        while particles_end < len(doc) and doc[particles_end].lower_ in NAME_PARTICLES and not doc[particles_end].ent_type_:
            particles_end += 1
        if ent.label_ == "PERSON" and ent[-1].lower_ in NAME_PARTICLES and following is not None \
                and following.start == particles_end and len(following) == 1 and following[0].pos_ == "PROPN":
            # "[Ursula von der] [Leyen]", "[Ursula von] der [Leyen]": a surname after its particles, cut off as a place
            merged.append(Span(doc, ent.start, following.end, label="PERSON"))
            index += 2
            continue
        if ent.label_ == "PERSON" and particles_end > ent.end and particles_end < len(doc) \
                and doc[particles_end].pos_ == "PROPN" and doc[particles_end].text[:1].isupper() \
                and all(token.text.islower() for token in doc[ent.end:particles_end]):
            # "Sen. [Bato] dela Rosa": a surname after its lower-case particles, left out of the name
            if following is not None and following.start == particles_end and len(following) == 1:
                merged.append(Span(doc, ent.start, following.end, label="PERSON"))
                index += 2
                continue
            if not doc[particles_end].ent_type_:
                merged.append(Span(doc, ent.start, particles_end + 1, label="PERSON"))
                index += 1
                continue
        gap_is_name = end > ent.end and all(token.dep_ == "compound" for token in doc[ent.end:end])
        if gap_is_name and following is not None and following.start == end and following.label_ in ("ORG", "FAC"):
            merged.append(Span(doc, ent.start, following.end, label=following.label_))
            index += 2
            continue
        if end > ent.end and HEAD_WORD_LABELS.get(doc[end - 1].lower_) == "ORG" \
                and all(token.dep_ == "compound" for token in doc[ent.end:end - 1]):
            merged.append(Span(doc, ent.start, end, label="ORG"))
        else:
            merged.append(ent)
        index += 1
    return merged


# Word classes whose words the lemmatizer's index leaves out ('Amongst', 'Whoever').
CLOSED_CLASSES = {"ADP", "DET", "PRON", "SCONJ", "CCONJ", "INTJ", "AUX"}
# Parts of speech a name never has: a capitalised sentence-opener ('Amongst', 'Hurricanes are ...') is no entity.
COMMON_WORD_POS = {"ADJ", "ADV", "ADP", "NOUN", "VERB", "INTJ", "DET", "PRON", "AUX", "SCONJ", "CCONJ"}


# Verbs only people and bodies do: their subject is a name even when its word is also an English word.
SPEAKING_VERBS = {"say", "tell", "add", "announce", "tweet", "insist", "claim", "argue", "warn", "explain", "state",
                  "write", "reply", "respond", "deny", "admit", "urge"}


def _is_common_word(doc: Doc, ent: Span, names_mid_sentence: _NamesMidSentence) -> bool:
    """'Amongst', 'Hurricanes', 'Bloody' read as a name only because they open a sentence or a quotation; not a name
    the article also capitalises mid-sentence ('Trump' tagged as a noun at the start of a paragraph)."""
    token = ent[0]
    # 'Findings' tagged a proper noun as it opens a sentence, when the story writes 'findings' in lower case too
    common_form = token.pos_ in COMMON_WORD_POS or token.pos_ == "PROPN" and token.lower_ in names_mid_sentence.lower_case
    if len(ent) != 1 or ent.label_ == "NORP" or not common_form or token.lower_ in KNOWN_LABELS \
            or token.is_upper or not _opens_sentence(doc, token):
        return False
    if ent.label_ == "PERSON" and token.dep_ == "nsubj" and token.head.lemma_ in SPEAKING_VERBS \
            and token.lower_ not in names_mid_sentence.lower_case:
        return False  # "Trump said ...", "Brown told reporters ...": a surname that is also a word, speaking
    words = english_words(doc)
    # 'Qantas' tagged a noun as it opens the story is no English word, so it stays a name.
    known = words is None or token.pos_ in CLOSED_CLASSES or token.lower_ in words or token.lemma_.lower() in words
    return known and token.text not in names_mid_sentence


def _opens_sentence(doc: Doc, token) -> bool:
    return token.is_sent_start or (token.i > 0 and doc[token.i - 1].is_punct and doc[token.i - 1].text not in "-–—")


class _NamesMidSentence:
    """Capitalised words the article uses where capitals mark a name, not the start of a sentence; worked out only
    when a rule first asks, since most articles never need it."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.names: set[str] | None = None
        self._lower_case: set[str] | None = None

    @property
    def lower_case(self) -> set[str]:
        """The words the article writes in lower case somewhere."""
        if self._lower_case is None:
            self._lower_case = {token.text for token in self.doc if token.text.islower()}
        return self._lower_case

    def __contains__(self, word: str) -> bool:
        if self.names is None:
            self.names = {token.text for token in self.doc
                          if token.text[:1].isupper() and not _opens_sentence(self.doc, token)}
        return word in self.names


def _country_label(name: str, label: str) -> str | None:
    """A country is a place even where the model reads it as a body or a person ('born in American Samoa'), and its
    people ('American Samoans') a nationality."""
    if label not in ("PERSON", "ORG", "NORP", "GPE"):
        return None
    if is_country_name(name):
        return "GPE"
    return "NORP" if name.endswith("ns") and is_country_name(name[:-2]) else None


def _is_office_object(doc: Doc, ent: Span) -> bool:
    """'State' of 'Secretary of State', 'Information' of 'Minister of Information': part of a title, no organisation."""
    return len(ent) == 1 and ent.start >= 2 and doc[ent.start - 1].lower_ == "of" \
        and doc[ent.start - 2].text.rstrip(".").casefold() in PERSON_TITLES and ent[0].lower_ in TITLE_OBJECTS


def _coordinated_with_people(ent: Span) -> bool:
    """'Eliot Engel, Adam Schiff, and Elijah Cummings': a two- or three-word name listed with people is a person."""
    if not 2 <= len(ent) <= 3 or not all(token.pos_ == "PROPN" and token.text[:1].isupper() for token in ent):
        return False
    root = ent.root
    partners = [child for child in root.children if child.dep_ == "conj"]
    if root.dep_ == "conj":
        partners.append(root.head)
    return any(partner.ent_type_ == "PERSON" for partner in partners)


def _place_context(doc: Doc, ent: Span, label: str) -> str | None:
    """The place label a mention's context demands: 'west of Bermuda', 'at Waterloo station', and for a name read as
    a person, 'in Punta Tombo'."""
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ in ("of", "from") and root.head.head.lower_ in COMPASS_WORDS:
        return "GPE"
    if label == "PERSON" and root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS \
            and not (ent.start > 0 and doc[ent.start - 1].text.rstrip(".").casefold() in PERSON_TITLES | ROLE_WORDS):
        return "GPE"  # (not 'swore in Councilman Robert Jordan')
    if label == "PERSON" and ent.end < len(doc) and doc[ent.end].lower_ in PLACE_NOUNS and doc[ent.end].is_lower \
            and root.dep_ == "compound":
        return PLACE_NOUNS[doc[ent.end].lower_]
    return None


def _label_places_by_context(spans: dict, canonical: dict, place_evidence: dict[str, str]) -> None:
    """Every mention of a name the text somewhere treats as a place is that place, unless the article gives it as a
    person's surname ('Day' of 'Doris Day')."""
    surnames = {_fold(word) for key in spans if spans[key] == "PERSON" for word in _name_words(canonical[key])[1:]}
    for key in spans:
        place = place_evidence.get(canonical[key].casefold())
        if place and spans[key] in ("PERSON", "ORG") and _fold(canonical[key]) not in surnames:
            spans[key] = place


# A capitalised word after a lower-case word or a comma: a first name mid-sentence, right before a surname.
FIRST_NAME_BEFORE = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]+) $")


def _find_untagged_full_names(doc: Doc, text: str, skip_until: int, spans: dict, canonical: dict,
                              place_evidence: dict[str, str]) -> None:
    """'Schiff' read as a place when the article also names 'Representative Adam Schiff', which the model left
    untagged: a one-word name that elsewhere follows an untagged first name is that person's surname. Only words the
    article never writes in lower case ('Court' of 'Appeals Court' is a common noun)."""
    names = {canonical[key] for key in spans if spans[key] in ("GPE", "LOC", "ORG") and " " not in canonical[key]
             and canonical[key].isalpha() and canonical[key][:1].isupper() and not canonical[key].isupper()
             and canonical[key].casefold() not in HEAD_WORD_LABELS and not is_country_name(canonical[key])}
    lower_words = set(re.findall(r"\b[a-z]+\b", text)) if names else set()
    for name in sorted(name for name in names if name.casefold() not in lower_words):
        full_name = _untagged_first_name(doc, text, skip_until, name, place_evidence)
        # Only the mentions the model did tag change: the untagged full name stays unmarked, as the role and quote
        # rules have no title to read before it ('Represenative' in the story is a typo).
        for other in spans if full_name else ():
            if canonical[other] == name:
                spans[other] = "PERSON"
                canonical[other] = full_name


def _untagged_first_name(doc: Doc, text: str, skip_until: int, name: str, place_evidence: dict) -> str | None:
    """The first time 'NAME' follows an untagged proper noun that modifies it ('Adam Schiff'), that full name."""
    at = text.find(name, skip_until)
    while at != -1:
        match = FIRST_NAME_BEFORE.search(text, max(skip_until, at - 30), at)
        whole_word = not text[at + len(name):at + len(name) + 1].isalnum()
        if match and whole_word and match.group(1).casefold() not in PERSON_TITLES \
                and f"{match.group(1)} {name}".casefold() not in place_evidence:
            first = doc.char_span(match.start(1), match.end(1))
            last = doc.char_span(at, at + len(name))
            if first is not None and last is not None and not first.root.ent_type_ and not last.root.ent_type_ \
                    and first.root.pos_ == last.root.pos_ == "PROPN" and first.root.head == last.root:
                return f"{match.group(1)} {name}"
        at = text.find(name, at + 1)
    return None


def _name_words(name: str) -> list[str]:
    """The words of a person's name, without the comma before a suffix ('Cyrus R. Vance, Jr.')."""
    return name.replace(",", " ").split()


def _hyphen_parts(name: str) -> list[str]:
    """The parts of a one-word name of three or more hyphened parts ('Waker-Uz-Zaman' → Waker, Uz, Zaman), by which
    the story may name its bearer again; not a double first name ('Jean-Pierre')."""
    return name.split("-") if " " not in name and name.count("-") >= 2 else []


@lru_cache(maxsize=8192)
def _fold(word: str) -> str:
    """A word without accents and case: 'Erdoğan' and 'Erdogan' are one surname."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).casefold()


def _find_bare_surnames(doc: Doc, text: str, skip_until: int, spans: dict, canonical: dict,
                        names_mid_sentence: _NamesMidSentence) -> None:
    """'Trump' read as an organisation or missed, once 'Donald Trump' was named, is that person."""
    # Any word after the first: "Vázquez" of "Wanda Vázquez Garced" (Spanish names carry two surnames).
    # Folded, so that 'Erdogan' is the surname of 'Recep Tayyip Erdoğan'.
    surnames = {_fold(word) for key in spans if spans[key] == "PERSON" for word in _name_words(canonical[key])[1:]
                if word[:1].isupper() and not word.endswith(".")}
    # A full name the model read as an organisation ('Ricardo Rosselló Nevares' resigned ... 'Rosselló' appointed;
    # 'Staffan de Mistura' ... 'De Mistura'): capitalised words with no word of a body, holding a person's name.
    # The other words must be given names: no English word opening the sentence ('Longtime Imus'), acronym ('NPR
    # Hamza bin Laden') or other name of the story ('Delhi CM Arvind Kejriwal').
    person_words = [set(map(_fold, _name_words(canonical[key]))) for key in spans if spans[key] == "PERSON"]
    english = english_words(doc)
    named = {_fold(canonical[key]) for key in spans}
    for key in list(spans):
        words = _name_words(canonical[key])
        folded = set(map(_fold, words))
        if spans[key] != "ORG" or not 2 <= len(words) <= 4 \
                or any(word.casefold().rstrip(".") in COMPANY_WORDS or HEAD_WORD_LABELS.get(word.casefold())
                       for word in words):
            continue
        person = next((person for person in person_words if person and person < folded), None)
        given = [word for word in words if _fold(word) not in (person or ()) and word.casefold() not in NAME_PARTICLES]
        opening = doc.char_span(key[0], key[0] + 1, alignment_mode="expand")
        opens_with_word = opening is not None and opening[0].is_sent_start \
            and (english is None or opening[0].lower_ in english)
        # (a given name comes first: not 'Imus Ranch' or 'Marshall Space Flight Center')
        if person is not None and given and given[0] == words[0] and not opens_with_word and all(
                word[:1].isupper() and not word.isupper() and _fold(word) not in named for word in given):
            spans[key] = "PERSON"
    # A first name the model read as an organisation ('Sutopo' after 'Sutopo Purwo Nugroho'): Indonesian and other
    # stories name people by it. Only the first name of one person that is nobody's surname.
    first_names: dict[str, set[str]] = {}
    for key in spans:
        if spans[key] == "PERSON" and len(words := _name_words(canonical[key])) > 1 and words[0][:1].isupper():
            first_names.setdefault(_fold(words[0]), set()).add(canonical[key])
    # (not 'Disney' of a 'Disney Parks' the model read as a person, when 'Disney board' is a body)
    org_first_words = {_fold(canonical[key].split()[0]) for key in spans if spans[key] == "ORG" and " " in canonical[key]}
    for key in list(spans):
        folded = _fold(canonical[key])
        if spans[key] == "ORG" and " " not in canonical[key] and len(first_names.get(folded, ())) == 1 \
                and folded not in surnames and folded not in org_first_words:
            spans[key] = "PERSON"
    for key in list(spans):
        if spans[key] != "PERSON" and _fold(canonical[key]) in surnames:
            spans[key] = "PERSON"
        elif spans[key] in ("ORG", "GPE") and not is_country_name(canonical[key]) \
                and _another_spelling(canonical[key], surnames):
            # 'Saree', another spelling of the surname of 'Yahya Sarea', read as an organisation or a place.
            spans[key] = "PERSON"
    covered = sorted(spans)
    for token in doc:
        if token.idx < skip_until or not token.text[:1].isupper() or token.pos_ != "PROPN" \
                or (_fold(token.text) not in surnames and not _another_spelling(token.text, surnames)):
            continue
        # "Representative Elijah Cummings" the model missed: the untagged first names before the surname belong to it.
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
                and not doc[start - 1].ent_type_ and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha \
                and doc[start - 1].lower_ not in PERSON_TITLES and doc[start - 1].idx >= skip_until \
                and (not _opens_sentence(doc, doc[start - 1]) or doc[start - 1].text in names_mid_sentence):
            start -= 1
        key = (doc[start].idx, token.idx + len(token.text))
        if any(s < key[1] and key[0] < e for s, e in covered):
            continue
        spans[key] = "PERSON"
        canonical[key] = canonical_form(text[key[0]:key[1]])


def _acronym_of(words: list[str]) -> str:
    return "".join(word[0] for word in words if word.casefold() not in ACRONYM_SKIP).upper()


def _spells(words: list[str], acronym: str) -> bool:
    """Whether an acronym is the name's initials, with or without a company's legal designation at its end."""
    letters = acronym.replace("&", "").upper()
    if _acronym_of(words) == letters:
        return True
    return len(words) > 2 and words[-1].casefold() in CORPORATE_DESIGNATIONS and _acronym_of(words[:-1]) == letters


def _spells_in_another_order(words: list[str], acronym: str) -> bool:
    """'National Bank of Romania (BNR)', 'National Institute of Statistics (INS)': the acronym of the name in its own
    language, whose initials come in another order."""
    letters = acronym.replace("&", "").upper()
    return len(letters) > 2 and letters.isalpha() and sorted(_acronym_of(words)) == sorted(letters)


def find_mentions(doc: Doc, skip_until: int = 0) -> tuple[list[Mention], dict[tuple[str, str], set[str]]]:
    """Return the article's entity mentions with canonical names, and each entity's aliases keyed by (label, name)."""
    text = text_of(doc)
    spans: dict[tuple[int, int], str] = {}
    place_evidence: dict[str, str] = {}
    names_mid_sentence = _NamesMidSentence(doc)
    for ent in _merge_split_names(doc, list(doc.ents)):
        if ent.label_ not in ENTITY_LABELS or ent.start_char < skip_until \
                or _is_common_word(doc, ent, names_mid_sentence) \
                or _is_office_object(doc, ent):
            continue
        ent, label = _extend_with_proper_nouns(doc, ent)
        if label == "WORK_OF_ART" and (holder := _titled_name_as_work(ent)) is not None:
            ent, label = holder, "PERSON"
        if label == "ORG" and _coordinated_with_people(ent):
            label = "PERSON"
        if label == "ORG":
            ent = _extend_leftwards(doc, ent)
            ent, label = _repair_titled_org(doc, ent)
            if ent is None:
                continue
        if label == "PERSON":
            ent, label = _repair_person(doc, ent)
            if ent is None:
                continue
        cleaned = clean_span(text, ent.start_char, ent.end_char)
        if not cleaned or is_image_credit(text, *cleaned):
            continue
        name = canonical_form(text[cleaned[0]:cleaned[1]])
        label = repaired_label(text, *cleaned, name, label)
        if label and clean_span(name, 0, len(name)) == (0, len(name)):
            spans[cleaned] = _country_label(name, label) or label_by_head_word(name, label)
            if spans[cleaned] in ("PERSON", "ORG") and (place := _place_context(doc, ent, spans[cleaned])):
                place_evidence.setdefault(name.casefold(), place)

    canonical: dict[tuple[int, int], str] = {key: canonical_form(text[key[0]:key[1]]) for key in spans}
    aliases: dict[tuple[str, str], set[str]] = defaultdict(set)
    join_storm_names(text, skip_until, spans, canonical)
    _label_places_by_context(spans, canonical, place_evidence)
    unify_labels(spans, canonical)

    _join_acronyms(text, skip_until, spans, canonical, aliases)
    _split_place_from_name(text, spans, canonical)
    _find_untagged_titled_people(doc, skip_until, spans, canonical)
    _find_people_after_titles(doc, skip_until, spans, canonical)
    _find_people_listed_after_plural_titles(doc, skip_until, spans, canonical)
    _find_bare_surnames(doc, text, skip_until, spans, canonical, names_mid_sentence)
    _find_untagged_full_names(doc, text, skip_until, spans, canonical, place_evidence)
    _label_named_landforms(text, spans, canonical)
    _join_surnames(spans, canonical, aliases)
    _join_short_org_names(doc, spans, canonical)
    _join_spelt_out_acronyms(text, skip_until, spans, canonical)
    _join_ministry_forms(spans, canonical)
    places = {canonical[key] for key in spans if spans[key] in ("GPE", "LOC")}
    for key, name in canonical.items():
        canonical[key] = _without_trimmings(canonical_name(name, spans[key]), spans[key], places)

    mentions = [
        Mention(start=s, end=e, text=text[s:e], label=spans[(s, e)], canonical=canonical[(s, e)])
        for (s, e) in sorted(spans)
    ]
    for mention in mentions:
        if mention.text != mention.canonical:
            aliases[(mention.label, mention.canonical)].add(re.sub(r"\s+", " ", mention.text))
    return mentions, dict(aliases)


# Malaysian and Bruneian honours before a name: "Datuk V. Sithambaram", "Tan Sri Muhammad Shafee Abdullah".
HONOURS = re.compile(r"^(?:(?:Tan Sri|Puan Sri|Toh Puan|Datuk Seri|Dato['’]? Seri|Datuk|Dato['’]?|Datin|Tun)\s+)+")
# "Apurímac’s Regional Health Directorate": a place's possessive before the name of one of its bodies.
PLACE_POSSESSIVE = re.compile(r"^(?P<place>[^'’]+)['’]s? (?P<body>[A-Z].*)$")


def _without_trimmings(name: str, label: str, places: set[str]) -> str:
    """A name without what the text puts around it: honours and letters of rank around a person's name ("Datuk V.
    Sithambaram", "David Edwardson QC"); a place's possessive before a body ("Apurímac’s Regional Health
    Directorate") and a lower-case description after an acronym ("IRNA news agency")."""
    words = name.split()
    if label == "PERSON":
        if len(words) > 2 and words[-1] in POST_NOMINALS:
            name = " ".join(words[:-1])
        bare = HONOURS.sub("", name)
        return bare if bare and bare != name else name
    if label != "ORG":
        return name
    if (owned := PLACE_POSSESSIVE.match(name)) and (owned["place"] in places or is_country_name(owned["place"])) \
            and len(owned["body"].split()) > 1:
        return owned["body"]
    if len(words) > 1 and words[0].isupper() and len(words[0]) > 1 and all(word.islower() for word in words[1:]):
        return words[0]
    return name


def _abbreviates(name: str, short: str) -> bool:
    """Whether a short name's letters run through the name in order from its first letter, as a syllable
    abbreviation's do: 'Phivolcs' of 'Philippine Institute of Volcanology and Seismology', 'Unicef'."""
    letters = iter(name.casefold())
    return name[:1].casefold() == short[:1].casefold() and all(letter in letters for letter in short.casefold())


def _join_acronyms(text: str, skip_until: int, spans: dict, canonical: dict, aliases: dict) -> None:
    """'the Islamic State terrorist organization (IS, ...)': IS becomes an alias and each later IS a mention of it;
    so does a syllable abbreviation in brackets right after the name it shortens ('... Seismology (Phivolcs)')."""
    definitions = [(match, False) for match in ACRONYM_DEFINITION.finditer(text, skip_until)] + \
        [(match, True) for match in SYLLABLE_ABBREVIATION.finditer(text, skip_until)]
    for match, syllables in definitions:
        acronym = match.group(1)
        if len(acronym) < 2:
            continue
        window_start = max(skip_until, match.start() - 120)
        window = text[window_start:match.start()]
        found = None
        # Prefer a known entity that ends shortly before the parenthesis and spells the acronym.
        for (s, e), label in sorted(spans.items(), key=lambda item: -item[0][1]):
            if syllables and e <= match.start():
                if label in ("ORG", "GPE", "FAC") and text[e:match.start()].strip() == "" \
                        and len(canonical[(s, e)].split()) > 1 and _abbreviates(canonical[(s, e)], acronym):
                    found = (s, e, label)
                break
            if window_start <= s and e <= match.start() and (_spells(canonical[(s, e)].split(), acronym) or (
                    label == "ORG" and text[e:match.start()].strip() == ""
                    and _spells_in_another_order(canonical[(s, e)].split(), acronym))):
                found = (s, e, label)
                break
        if syllables and found is None:
            continue
        if found is None:
            words = list(re.finditer(r"[A-Z][\w'’-]*|of|the|and|for", window))
            for first in range(len(words)):
                run = words[first:]
                if _spells([w.group(0) for w in run], acronym) and run[0].group(0)[0].isupper():
                    contiguous = all(re.fullmatch(r"\s+", window[a.end():b.start()]) for a, b in zip(run, run[1:]))
                    if contiguous:
                        s, e = window_start + run[0].start(), window_start + run[-1].end()
                        found = (s, e, "GPE" if is_country_name(text[s:e]) else "ORG")
                        spans[(s, e)] = found[2]
                        canonical[(s, e)] = text[s:e]
                        break
        if found is None:
            continue
        s, e, label = found
        full_name = canonical[(s, e)]
        aliases[(label, full_name)].add(acronym)
        for use in re.finditer(rf"(?<![\w]){re.escape(acronym)}(?![\w])", text[skip_until:]):
            key = (skip_until + use.start(), skip_until + use.end())
            overlapping = [k for k in spans if k[0] < key[1] and key[0] < k[1]]
            if overlapping and overlapping != [key]:
                continue
            spans[key] = label
            canonical[key] = full_name


def _join_surnames(spans: dict, canonical: dict, aliases: dict) -> None:
    """A person named by surname or first name alone, once given in full, is the full name."""
    _join_short_first_names(spans, canonical)
    full_names = [canonical[key] for key in sorted(spans) if spans[key] == "PERSON"
                  and (len(canonical[key].split()) > 1 or canonical[key].count("-") >= 2)]  # "Waker-Uz-Zaman"
    for key in sorted(spans):
        if spans[key] != "PERSON":
            continue
        name = canonical[key]
        titled = name.split()
        while len(titled) > 1 and titled[0].rstrip(".").casefold() in PERSON_TITLES:
            titled = titled[1:]  # "Major Peake" read as one name by the model after "Major Tim Peake" is Peake
        if len(titled) == 1 and titled != name.split() and titled[0][:1].isupper():
            name = titled[0]
        if len(name.split()) != 1:
            # "De Blasio" after "Bill de Blasio", "Pierluisi Urrutia" after "Pedro R. Pierluisi Urrutia".
            words = _fold(name).split()
            longer = {full for full in full_names if _fold(full).split()[-len(words):] == words
                      and len(full.split()) > len(words)}  # ("de Marco" is no longer name of "De Marco")
            if len(longer) == 1:
                canonical[key] = longer.pop()
            elif not longer and len(forms := {full for full in full_names if _with_middle_names(name, full)}) == 1:
                canonical[key] = next(full for full in full_names if full in forms or full == name)
            elif not longer and len(words) == 2 and len(opening := {
                    full for full in full_names if len(full.split()) > 2 and _fold(full).split()[:2] == words}) == 1:
                canonical[key] = opening.pop()  # "Mahinda Yapa" after "Mahinda Yapa Abeywardena"
            continue
        candidates = [full for full in full_names if _fold(name) in map(_fold, _name_words(full) + _hyphen_parts(full))
                      and (name == canonical[key] or full.split()[0].rstrip(".").casefold() not in PERSON_TITLES)]
        if not candidates:
            # Transliterated names are spelt more than one way in one story ('Yahya Sarea' and later 'Saree').
            candidates = list({full for full in full_names if _spelling_variant(name, _name_words(full)[-1])})
        if len(set(candidates)) == 1:
            canonical[key] = candidates[0]
        elif candidates:
            # The article's lead person ('Elijah Cummings' of an obituary that later names his parents 'Robert
            # Cummings Sr.' and 'Ruth Elma Cummings') keeps the bare surname; otherwise the nearest antecedent wins.
            lead = full_names[0]
            canonical[key] = lead if lead in candidates else _nearest(key, spans, canonical, name)


def _join_short_first_names(spans: dict, canonical: dict) -> None:
    """'Phil Lowe' in a story that also names 'Philip Lowe': one person, under the longer first name, when the short
    one is how the long one begins and no other full name with that surname could be meant."""
    people = {canonical[key] for key in spans if spans[key] == "PERSON" and len(canonical[key].split()) == 2}
    for name in people:
        first, surname = name.split()
        longer = {other for other in people if other.split()[1] == surname and other.split()[0] != first
                  and len(first) >= 3 and other.split()[0].startswith(first)}
        if len(longer) == 1 and len({other for other in people if other.split()[1] == surname}) == 2:
            full = longer.pop()
            for key in spans:
                if canonical[key] == name:
                    canonical[key] = full


# The shortest surname that a one-letter difference still marks as another spelling of the same name, not another name.
MIN_VARIANT_LENGTH = 5


def _spelling_variant(word: str, surname: str) -> bool:
    """Whether two surnames of at least MIN_VARIANT_LENGTH letters with the same first letter differ by one letter
    changed, added or dropped ('Sarea' and 'Saree', 'Wasef' and 'Wasif')."""
    a, b = _fold(word), _fold(surname)
    if a == b or min(len(a), len(b)) < MIN_VARIANT_LENGTH or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _another_spelling(word: str, surnames: set[str]) -> bool:
    """Whether a capitalised word is another spelling of one of the article's surnames."""
    return re.fullmatch(r"[A-Z][a-z]+", word) is not None and any(_spelling_variant(word, name) for name in surnames)


def _with_middle_names(name: str, other: str) -> bool:
    """'John Bolton' and 'John R. Bolton': one of two names is the other with middle names or initials added. The
    article's first form of the two stays the person's name."""
    short, long = sorted((_fold(name).split(), _fold(other).split()), key=len)
    return len(short) == 2 and len(long) > 2 and [long[0], long[-1]] == short


def _join_short_org_names(doc: Doc, spans: dict, canonical: dict) -> None:
    """'Ford' after 'Ford Motor Company': a one-word organisation that begins exactly one company's name is that
    company (not 'House' of 'House Intelligence Committee', which is no company)."""
    long_names = {canonical[key] for key in spans if spans[key] == "ORG" and len(canonical[key].split()) > 1
                  and (canonical[key].split()[-1].rstrip(".").casefold() in COMPANY_WORDS
                       or canonical[key].endswith(" News Agency"))}  # "Fars" after "Fars News Agency"
    # "Goldman" after "Goldman Sachs", "Campbell" after "Campbell Soup": a two-word organisation that is no public
    # body ("House Intelligence Committee") and not named after a place ("China Daily").
    places = {canonical[key] for key in spans if spans[key] in ("GPE", "LOC", "NORP")}
    brand_names = {canonical[key] for key in spans if spans[key] == "ORG" and len(words := canonical[key].split()) == 2
                   and all(word[:1].isupper() for word in words) and words[0] not in places
                   and not {word.casefold() for word in words} & (ORG_NAME_WORDS | GENERIC_BODY_WORDS | TRADE_WORDS)}
    # "Mahan's director" read as a person: a lone word that begins one company's name and no person's full name.
    name_words = {word for key in spans if spans[key] == "PERSON" and len(canonical[key].split()) > 1
                  for word in canonical[key].split()}
    # ("Tecan now sees" somewhere, not only "African economies": a word used as a noun names something)
    named_as_noun = {canonical[key] for key in spans if spans[key] == "ORG" or _proper_noun_at(doc, key)}
    for key in spans:
        name = canonical[key]
        # ("Tecan" read as a nationality after "Tecan Group AG": a people the story never names otherwise)
        if spans[key] in ("ORG", "PERSON", "NORP") and len(name.split()) == 1 and name[:1].isupper() \
                and (spans[key] == "ORG" or name not in name_words) \
                and not (spans[key] == "NORP" and (name.casefold() in NATIONALITY or name not in named_as_noun)):
            longer = {full for full in long_names if full.split()[0] == name}
            if not longer and spans[key] == "ORG" and not name.isupper():
                longer = {full for full in brand_names if full.split()[0] == name}
            if len(longer) == 1:
                spans[key] = "ORG"
                canonical[key] = longer.pop()
    # "after Facebook reported sales" with "Facebook Inc." named before: the untagged short name is the company.
    # Only a name that is that word and a kind of company ("Facebook Inc", "Tecan Group AG"): "Facebook" in a story of
    # "Facebook Ireland Limited" may be the parent company.
    first_words: dict[str, set[str]] = {}
    for full in long_names:
        first_words.setdefault(full.split()[0], set()).add(full)
    first_words = {word: fulls for word, fulls in first_words.items()
                   if all(rest.rstrip(".").casefold() in COMPANY_WORDS | CORPORATE_DESIGNATIONS
                          for full in fulls for rest in full.split()[1:])}
    covered = sorted(spans)
    for token in doc:
        fulls = first_words.get(token.text, ())
        if len(fulls) != 1 or token.ent_type_ or token.pos_ != "PROPN" or token.text in name_words \
                or any(neighbour.pos_ == "PROPN" and neighbour.text[:1].isupper()
                       for neighbour in (doc[token.i - 1] if token.i else None, doc[token.i + 1] if token.i + 1 < len(doc)
                                         else None) if neighbour is not None):
            continue
        key = (token.idx, token.idx + len(token.text))
        if not any(s < key[1] and key[0] < e for s, e in covered):
            spans[key] = "ORG"
            canonical[key] = next(iter(fulls))


# An acronym the story never defines in brackets, in capitals or written as a word ('WHO', 'L&T', 'Isro').
BARE_ACRONYM = re.compile(r"(?<![\w&.-])([A-Z](?:&?[A-Z]){1,5}|[A-Z][a-z]{2,5})(?![\w&-])")


def _join_spelt_out_acronyms(text: str, skip_until: int, spans: dict, canonical: dict) -> None:
    """'WHO' in a story that names the 'World Health Organization' somewhere but never puts 'WHO' in brackets after
    it, and 'Isro' as a word beside 'ISRO': the organisation under its full name, when exactly one of the story's
    organisations has those initials. A word form counts only when the capitals form is in the story too."""
    full_names = {canonical[key] for key in spans if spans[key] == "ORG" and len(canonical[key].split()) > 1}
    in_capitals = {match.group(1) for match in BARE_ACRONYM.finditer(text, skip_until) if match.group(1).isupper()}
    covered = sorted(spans)
    for match in BARE_ACRONYM.finditer(text, skip_until):
        acronym = match.group(1)
        if not acronym.isupper() and acronym.upper() not in in_capitals:
            continue
        spelt = {full for full in full_names if _spells(full.split(), acronym.upper())}
        if len(spelt) != 1:
            continue
        key = match.span(1)
        if key in spans:
            if spans[key] in ("ORG", "PERSON", "NORP", "GPE") and canonical[key] in (acronym, acronym.upper()):
                spans[key], canonical[key] = "ORG", spelt.pop()
        elif not any(s < key[1] and key[0] < e for s, e in covered):
            spans[key], canonical[key] = "ORG", spelt.pop()


# "Health Ministry" and "Ministry of Health": the kinds of public body named both ways.
BODY_NOUNS = ("Ministry", "Department")


def _join_ministry_forms(spans: dict, canonical: dict) -> None:
    """'the Health Ministry' in a story that also names the 'Ministry of Health' is that ministry under its formal
    name ('Foreign Ministry' for 'Ministry of Foreign Affairs', 'Interior Ministry' for 'Ministry of the Interior')."""
    formal: dict[tuple[str, str], set[str]] = {}
    for key in spans:
        match = re.fullmatch(rf"({'|'.join(BODY_NOUNS)}) of (?:the )?([A-Z][\w'’-]*)(?: .*)?", canonical[key])
        if spans[key] == "ORG" and match:
            formal.setdefault((match.group(1), match.group(2)), set()).add(canonical[key])
    for key in spans:
        match = re.fullmatch(rf"([A-Z][\w'’-]*) ({'|'.join(BODY_NOUNS)})", canonical[key])
        if spans[key] == "ORG" and match and len(names := formal.get((match.group(2), match.group(1)), ())) == 1:
            canonical[key] = next(iter(names))


def _proper_noun_at(doc: Doc, key: tuple[int, int]) -> bool:
    """The mention at key is a proper noun ('Tecan now sees'), not an adjective ('African economies')."""
    span = doc.char_span(*key, alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].pos_ == "PROPN"


def _nearest(key: tuple[int, int], spans: dict, canonical: dict, name: str) -> str:
    best = None
    for other in sorted(spans):
        if other[0] >= key[0]:
            break
        if spans[other] == "PERSON" and len(canonical[other].split()) > 1 \
                and _fold(name) in map(_fold, _name_words(canonical[other])):
            best = canonical[other]
    if best is None:
        for other in sorted(spans):
            if spans[other] == "PERSON" and len(canonical[other].split()) > 1 \
                    and _fold(name) in map(_fold, _name_words(canonical[other])):
                return canonical[other]
        return name
    return best
