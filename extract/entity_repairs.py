"""Rule-based repairs for what the small spaCy model gets wrong about entities: a lexicon, span shapes, country names."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import pycountry

# Well-known names the small model mislabels, with the label they should have. spaCy has no label for diseases:
# they are filed as EVENT (the outbreak is what the news reports), so "COVID-19" stays findable in the facets.
KNOWN_LABELS = {
    **dict.fromkeys(["twitter", "facebook", "youtube", "instagram", "google", "wikipedia", "wikinews", "reddit",
                     "tiktok", "whatsapp", "wechat", "weibo", "linkedin", "snapchat", "telegram", "spacex", "netflix",
                     "uber", "airbnb", "spotify", "twitch", "flickr", "tumblr", "upguard", "roscosmos", "phivolcs"],
                    "ORG"),
    **dict.fromkeys(["covid-19", "covid", "coronavirus", "sars", "sars-cov-2", "mers", "ebola", "zika", "measles",
                     "influenza", "cholera", "malaria", "polio", "dengue", "hiv", "aids", "tuberculosis", "mpox",
                     "brexit"], "EVENT"),
    # States and provinces the small model takes for buildings or people ("Tamil Nadu" as a FAC): places, which a
    # chief minister or premier heads. (Not "Victoria" or "Georgia", which are names of people and countries too.)
    **dict.fromkeys(["andhrapradesh", "arunachalpradesh", "assam", "bihar", "chhattisgarh", "goa", "gujarat",
                     "haryana", "himachalpradesh", "jharkhand", "karnataka", "kerala", "madhyapradesh", "maharashtra",
                     "manipur", "meghalaya", "mizoram", "nagaland", "odisha", "punjab", "rajasthan", "sikkim",
                     "tamilnadu", "telangana", "tripura", "uttarpradesh", "uttarakhand", "westbengal",
                     "jammuandkashmir", "ladakh", "puducherry", "sindh", "khyberpakhtunkhwa", "balochistan",
                     "ontario", "quebec", "britishcolumbia", "alberta", "saskatchewan", "manitoba", "novascotia",
                     "newbrunswick", "newfoundlandandlabrador", "princeedwardisland", "queensland", "newsouthwales",
                     "southaustralia", "westernaustralia", "tasmania", "northernterritory"], "GPE"),
}
# Time zones and units read as organisations or people: never entities when written in capitals ("UTC", "kWh"),
# so that "West" the region is still one.
NOT_ENTITIES = {"utc", "gmt", "bst", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "mt", "mst", "mdt",
                "cet", "cest", "eet", "eest", "wet", "west", "ist", "jst", "kst", "hkt", "sgt", "aest", "aedt", "acst",
                "awst", "nzst", "nzdt", "wib", "msk", "km", "kph", "mph", "kg", "mm", "cm", "mw", "gw", "kw", "kwh",
                "mb", "gb", "tb", "ppm", "rpm", "psi", "hz", "mhz", "ghz"}
# Short and long forms of countries the news names many ways, keyed without dots, spaces or case.
COUNTRY_NAMES = {
    **dict.fromkeys(["us", "usa", "unitedstates", "unitedstatesofamerica", "america"], "United States"),
    **dict.fromkeys(["uk", "britain", "greatbritain", "unitedkingdom"], "United Kingdom"),
}
# Bodies every reader knows by their short form.
WELL_KNOWN_BODIES = {"un": "United Nations", "eu": "European Union"}
# A storm's category and a sum in a currency code ("Category 2", "USD910"): numbers, not names.
JUNK_WITH_NUMBER = re.compile(r"(?:Category|Cat\.?)\s*\d+|[A-Z]{3}\s?\d[\d.,]*")
# "anti-Brexit", "pro-Beijing": attitudes towards an entity, not the entity.
ATTITUDE_PREFIX = re.compile(r"^(?:anti|pro|pan|intra|inter|non|post|pre|ex)-", re.IGNORECASE)
# Labels that name one thing the model may confuse with another within an article.
CONFUSABLE_LABELS = ("PERSON", "ORG", "GPE", "LOC")
PLACE_LABELS = ("GPE", "LOC")


def trim_markup(text: str, start: int, end: int) -> tuple[int, int]:
    """Cut wiki markup and stray brackets off a span: '((es))Spanish' → 'Spanish', 'Center (NHC' → 'Center'."""
    piece = text[start:end]
    if (close := piece.rfind("))")) != -1:
        start += close + 2
        piece = text[start:end]
    # An opening parenthesis the span never closes starts an acronym or aside, not more name.
    if (opening := piece.find("(")) > 0 and ")" not in piece[opening:]:
        end = start + opening
        piece = text[start:end]
    # " - 203": a result in a list of parties, not part of the name.
    if match := re.search(r"\s+[-–—]\s*[\d.,]+$", piece):
        end = start + match.start()
    return start, end


def canonical_form(span_text: str) -> str:
    """The span's name with spacing folded and editorial brackets removed: 'Bashar [al] Assad' → 'Bashar al Assad'."""
    return re.sub(r"\s+", " ", span_text.replace("[", "").replace("]", "")).strip()


def _key(name: str) -> str:
    return re.sub(r"[\s.]", "", name).casefold()


def repaired_label(text: str, start: int, end: int, name: str, label: str) -> str | None:
    """The label a cleaned span should have by lexicon and shape, or None when it is no entity at all."""
    key = _key(name)
    if (key in NOT_ENTITIES and name != name.capitalize()) or not any(ch.isalpha() for ch in name) or ATTITUDE_PREFIX.match(name):
        return None
    if key in KNOWN_LABELS:
        return KNOWN_LABELS[key]
    # "((WN))", "((es))": interview and language markers of wiki markup.
    if text[max(0, start - 2):start] == "((" and text[end:end + 2] == "))" and len(name) <= 3:
        return None
    if label in ("PERSON", "ORG") and key in COUNTRY_NAMES:
        return "GPE"
    if JUNK_WITH_NUMBER.fullmatch(name):
        return None
    if label == "PERSON" and any(ch.isdigit() for ch in name):
        # "Voskhod 2", "Magnitude 6.3", "Humberto 785 miles": people's names have no digits.
        return None
    return label


def canonical_name(name: str, label: str) -> str:
    """One name for the many forms of a country ('U.S', 'USA', 'America' → 'United States') and of well-known bodies."""
    key = _key(name)
    if label == "GPE" or name.isupper():
        return COUNTRY_NAMES.get(key) or WELL_KNOWN_BODIES.get(key, name)
    return name


def unify_labels(spans: dict[tuple[int, int], str], canonical: dict[tuple[int, int], str]) -> None:
    """Give a name one label per article: a place when most of its mentions say so, else a person when any does."""
    labels_by_name: dict[str, Counter] = {}
    for key in sorted(spans):
        if spans[key] in CONFUSABLE_LABELS:
            labels_by_name.setdefault(canonical[key].casefold(), Counter())[spans[key]] += 1
    for key in spans:
        votes = labels_by_name.get(canonical[key].casefold())
        if votes and len(votes) > 1:
            spans[key] = _article_label(votes, full_name=len(canonical[key].split()) > 1)


def _article_label(votes: Counter, full_name: bool = False) -> str:
    place_votes = sum(votes[place] for place in PLACE_LABELS)
    # A tie between a person and a place goes to the place ("Sahel", "Georgia"), unless the name is a full name,
    # which "the Boris Johnson government" made a place once.
    if place_votes * 2 > sum(votes.values()) or place_votes * 2 == sum(votes.values()) and not (
            full_name and votes["PERSON"]):
        return max(PLACE_LABELS, key=lambda place: votes[place])
    # The small model reads a person's name as an organisation far more often than the other way round.
    return "PERSON" if votes["PERSON"] else votes.most_common(1)[0][0]


# "Hurricane Humberto", "Tropical Storm Dorian": a named storm, which the small model reads as a person or a people;
# not "the National Hurricane Center" (a capitalised word before or after makes it part of another name).
STORM_NAME = re.compile(r"\b(?:Hurricane|Typhoon|Cyclone|(?:Tropical |Subtropical |Winter )?Storm|Tropical Depression)"
                        r"\s+([A-Z][a-z]+)\b(?!\s+\d)(?!\s+[A-Z])")


def join_storm_names(text: str, skip_until: int, spans: dict[tuple[int, int], str],
                     canonical: dict[tuple[int, int], str]) -> None:
    """Make each named storm one EVENT, its bare name included: 'Humberto' after 'Hurricane Humberto' is the storm."""
    storms: dict[str, str] = {}
    for match in STORM_NAME.finditer(text, skip_until):
        word_before = re.search(r"(\S+)[ \t]+$", text[max(skip_until, match.start() - 40):match.start()])
        if word_before and word_before.group(1)[0].isupper() and word_before.group(1)[-1].isalpha():
            continue
        for key in [key for key in spans if key[0] < match.end() and match.start() < key[1]]:
            del spans[key], canonical[key]
        key = match.span()
        spans[key] = "EVENT"
        canonical[key] = storms.setdefault(match.group(1), canonical_form(match.group(0)))
    for key, name in canonical.items():
        if name in storms:
            spans[key] = "EVENT"
            canonical[key] = storms[name]


# The last word of a name says what kind of thing it names: "Richard J. Donovan Correctional Facility" is no person,
# "United States Coast Guard" no country. Only words that are hardly ever surnames.
HEAD_WORD_LABELS = {
    **dict.fromkeys(["hospital", "facility", "prison", "airport", "station", "stadium", "cathedral", "mosque",
                     "bridge", "palace", "highway", "motorway", "avenue", "boulevard", "square"], "FAC"),
    # "Chippewa Falls", "Sioux Falls": in the news a town far more often than a waterfall.
    **dict.fromkeys(["county", "province", "oblast", "municipality", "city", "village", "township", "falls"],
                    "GPE"),
    **dict.fromkeys(["island", "islands", "river", "sea", "ocean", "gulf", "strait", "peninsula", "valley",
                     "desert", "mountains", "volcano", "trench", "lagoon"], "LOC"),
    **dict.fromkeys(["congress", "parliament", "police", "guard", "department", "ministry", "court", "council",
                     "party", "army", "navy", "agency", "committee", "commission", "university", "college",
                     "institute", "corporation", "company", "association", "foundation", "federation", "league",
                     "bureau", "administration", "authority", "assembly", "senate", "coalition", "charity"], "ORG"),
    **dict.fromkeys(["constitution", "treaty", "amendment", "act"], "LAW"),
    **dict.fromkeys(["crisis", "war", "marathon", "week", "race", "championship", "championships", "olympics",
                     "festival", "summit", "referendum"], "EVENT"),
}
# Which labels a head word may overrule: a person or a building is whatever its last word says; a place or a people
# ending in 'Guard' or 'Week' is a body or an event; an organisation named like a place is that place, and an event
# or a work named 'X Constitution' or 'X Act' a law.
HEAD_WORD_OVERRIDES = {"PERSON": "any", "FAC": "any", "GPE": ("ORG", "EVENT"), "LOC": ("ORG", "EVENT"),
                       "NORP": ("ORG", "EVENT"), "ORG": ("GPE", "LOC", "EVENT", "LAW"), "EVENT": ("LAW",),
                       "WORK_OF_ART": ("LAW",)}
# First words that make a name a place: "County Kerry", "Mount Apo", "Fort Lauderdale".
PLACE_FIRST_WORDS = {"county": "GPE", "fort": "GPE", "port": "GPE", "mount": "LOC", "lake": "LOC", "cape": "LOC"}
# Names the model reads as people or organisations are places when the text puts something in or near them.
PLACE_PREPOSITIONS = {"in", "near", "across", "throughout", "outside", "off", "towards", "toward"}
COMPASS_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                 "north-east", "north-west", "south-east", "south-west", "east-northeast", "west-northwest",
                 "east-southeast", "west-southwest", "north-northeast", "north-northwest", "south-southeast",
                 "south-southwest"}
# Common nouns after a name that make it a place: "Waterloo station", "the Sulu region".
PLACE_NOUNS = {"station": "FAC", "airport": "FAC", "island": "LOC", "county": "GPE", "province": "GPE",
               "district": "GPE", "region": "LOC", "city": "GPE", "town": "GPE", "village": "GPE", "river": "LOC",
               "bay": "LOC", "coast": "LOC", "valley": "LOC", "peninsula": "LOC", "volcano": "LOC", "harbour": "LOC",
               "harbor": "LOC"}
# A photo credit, Wikinews' "Image: Nicholas Moreau." under a picture: the photographer is not in the story.
IMAGE_CREDIT_BEFORE = re.compile(r"(?:Image|Photo|Picture|Credit)s?:[ \t]*$")
IMAGE_CREDIT_AFTER = re.compile(r"[ \t]*(?:\(\s*flickr\s*\)|\.|$|\n)", re.IGNORECASE)


def label_by_head_word(name: str, label: str) -> str:
    """The label the name's last word demands, where the model's label cannot be right: a person named 'X Hospital',
    a country named 'X Coast Guard', a building named 'X Marathon'."""
    words = name.split()
    if len(words) < 2:
        return label
    head_label = HEAD_WORD_LABELS.get(words[-1].casefold())
    if head_label is None and label == "PERSON":
        head_label = PLACE_FIRST_WORDS.get(words[0].casefold())
    if head_label is None or head_label == label:
        return label
    overridable = HEAD_WORD_OVERRIDES.get(label, ())
    return head_label if overridable == "any" or head_label in overridable else label


def is_image_credit(text: str, start: int, end: int) -> bool:
    """True for a name that is the whole of a photo credit line's 'Image: NAME.'"""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(IMAGE_CREDIT_BEFORE.search(text[max(line_start, start - 12):start])
                and IMAGE_CREDIT_AFTER.match(text, end))


@cache
def _country_names() -> frozenset[str]:
    """Every country's short, common and official name ('American Samoa', 'Syrian Arab Republic'), and the
    many-word names of their provinces and states ('New South Wales'); one-word ones ('Centre') are common words."""
    names = {getattr(country, field) for country in pycountry.countries
             for field in ("name", "common_name", "official_name") if hasattr(country, field)}
    names |= {division.name for division in pycountry.subdivisions if " " in division.name}
    return frozenset(names)


def is_country_name(name: str) -> bool:
    return name in _country_names()
