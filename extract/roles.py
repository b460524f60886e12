"""Finds who holds which office: person · role · org from titles before a name, appositives and possessives."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.sentences import sentence_of
from extract.model import Fact, Mention

# Head words of offices and jobs; a title must contain one to be a role ("Republican" is a party, not a role).
ROLE_WORDS = {
    "minister", "president", "governor", "mayor", "senator", "spokesman", "spokeswoman", "spokesperson",
    "secretary", "director", "director-general", "chief", "chancellor", "ambassador", "leader", "speaker",
    "chairman", "chairwoman", "chair", "ceo", "head", "commander", "general", "officer", "prosecutor", "judge",
    "king", "queen", "prince", "princess", "sultan", "emir", "sheikh", "pope", "bishop", "archbishop", "cardinal",
    "priest", "superintendent", "inspector", "commissioner", "representative", "congressman", "congresswoman",
    "assemblywoman", "assemblyman", "lawmaker", "legislator", "deputy", "premier", "envoy", "diplomat",
    "founder", "co-founder", "editor", "correspondent", "reporter", "professor", "scientist", "researcher",
    "analyst", "lawyer", "attorney", "member", "councillor", "sheriff", "captain", "colonel", "lieutenant",
    "sergeant", "manager", "executive", "designer", "drummer", "singer", "actor", "actress", "author",
    "writer", "publicist", "coach", "player", "candidate", "nominee", "vice-president", "adviser", "advisor",
    "coordinator", "administrator", "official", "physician", "doctor", "surgeon", "economist", "historian",
    "oceanographer", "astronaut", "agent", "chef", "pilot", "mp", "mep", "justice", "monarch", "ruler",
}
NATIONALITY = {
    "greek": "Greece", "moroccan": "Morocco", "russian": "Russia", "american": "United States", "us": "United States",
    "u.s.": "United States", "german": "Germany", "french": "France", "british": "United Kingdom",
    "polish": "Poland", "iranian": "Iran", "thai": "Thailand", "chinese": "China", "iraqi": "Iraq",
    "turkish": "Turkey", "egyptian": "Egypt", "afghan": "Afghanistan", "filipino": "Philippines",
    "philippine": "Philippines", "indian": "India", "israeli": "Israel", "japanese": "Japan", "italian": "Italy",
    "spanish": "Spain", "canadian": "Canada", "mexican": "Mexico", "syrian": "Syria", "yemeni": "Yemen",
    "libyan": "Libya", "omani": "Oman", "saudi": "Saudi Arabia", "samoan": "Samoa", "australian": "Australia",
    "ukrainian": "Ukraine", "pakistani": "Pakistan", "indonesian": "Indonesia", "cuban": "Cuba",
    "venezuelan": "Venezuela", "brazilian": "Brazil", "korean": "Korea", "cypriot": "Cyprus",
    "palestinian": "Palestine", "lebanese": "Lebanon", "jordanian": "Jordan", "qatari": "Qatar",
    "emirati": "United Arab Emirates", "kenyan": "Kenya", "nigerian": "Nigeria", "ethiopian": "Ethiopia",
    "dutch": "Netherlands", "belgian": "Belgium", "swedish": "Sweden", "norwegian": "Norway", "danish": "Denmark",
    "finnish": "Finland", "irish": "Ireland", "scottish": "Scotland", "austrian": "Austria", "swiss": "Switzerland",
    "portuguese": "Portugal", "hungarian": "Hungary", "czech": "Czech Republic", "romanian": "Romania",
    "bulgarian": "Bulgaria", "serbian": "Serbia", "croatian": "Croatia", "algerian": "Algeria",
    "tunisian": "Tunisia", "sudanese": "Sudan", "somali": "Somalia", "malian": "Mali", "chadian": "Chad",
    "nigerien": "Niger", "taiwanese": "Taiwan", "vietnamese": "Vietnam", "malaysian": "Malaysia",
    "new zealand": "New Zealand", "puerto rican": "Puerto Rico", "argentine": "Argentina", "argentinian": "Argentina",
    "chilean": "Chile", "colombian": "Colombia", "peruvian": "Peru", "bolivian": "Bolivia",
}
ROLE_MODIFIERS = {"deputy", "vice", "prime", "foreign", "interior", "health", "press", "minority", "majority",
                  "executive", "defence", "defense", "finance", "justice", "education", "environment", "emergencies",
                  "emergency", "situations", "home", "state", "attorney", "district", "co", "first", "senior",
                  "assistant", "associate", "general", "supreme", "grand", "crown", "presidential", "information"}
# Offices of a country: when the text names no organisation, the article's country is implied.
NATIONAL_OFFICES = {"president", "prime minister", "vice president", "vice-president", "chancellor", "premier",
                    "king", "queen", "sultan", "emir"}
PRE_MODIFIER_POS = {"NOUN", "PROPN", "ADJ"}
DROP_WORDS = {"former", "ex", "then", "newly", "elected", "late", "current", "outgoing", "incoming", "acting"}
ORG_LABELS = {"ORG", "GPE", "NORP", "LOC", "FAC"}


def _org_name(span: Span, mentions_by_start: dict[int, Mention]) -> str:
    text = span.text.strip()
    if text.lower() in NATIONALITY:
        return NATIONALITY[text.lower()]
    mention = mentions_by_start.get(span.start_char)
    return mention.canonical if mention is not None else text


def _split_title(tokens: list[Token], mentions_by_start: dict[int, Mention]) -> tuple[str, str] | None:
    """Split 'Greek prime minister' into (role, org): leading places, nationalities and organisations are the org."""
    org = ""
    # The role is the office words at the end ("regional deputy governor" is a deputy governor).
    cut = len(tokens)
    while cut > 0 and (tokens[cut - 1].lower_ in ROLE_WORDS or tokens[cut - 1].lower_ in ROLE_MODIFIERS
                       or tokens[cut - 1].text == "-"):
        cut -= 1
    if cut < len(tokens):
        tokens = [t for t in tokens[:cut] if t.ent_type_ in ORG_LABELS or t.lower_ in NATIONALITY or t.tag_ == "POS"] \
            + tokens[cut:]
    index = 0
    while index < len(tokens) and (tokens[index].ent_type_ in ORG_LABELS or tokens[index].lower_ in NATIONALITY):
        index += 1
    if index:
        org_tokens = [t for t in tokens[:index] if t.tag_ != "POS"]
        if org_tokens:
            doc = tokens[0].doc
            org = _org_name(doc[org_tokens[0].i:org_tokens[-1].i + 1], mentions_by_start)
    role_tokens = [t for t in tokens[index:] if t.lower_ not in DROP_WORDS and t.tag_ != "POS" and t.text != "-"
                   or t.text == "-" and t.whitespace_ == ""]
    while role_tokens and (role_tokens[0].text == "-" or role_tokens[0].lower_ in DROP_WORDS):
        role_tokens = role_tokens[1:]
    role = "".join(t.text_with_ws for t in role_tokens).strip().lower()
    if not role or not any(word in ROLE_WORDS for word in role.replace("-", " ").split() + [role.split()[-1]]):
        return None
    return role, org


def _title_before(doc: Doc, mention_span: Span) -> list[Token]:
    tokens: list[Token] = []
    index = mention_span.start - 1
    while index >= 0:
        token = doc[index]
        if token.pos_ in PRE_MODIFIER_POS or token.tag_ == "POS" or (token.text == "-" and token.whitespace_ == ""):
            if token.ent_type_ == "PERSON" or token.is_sent_start and token.pos_ != "PROPN" and token.lower_ not in NATIONALITY:
                if token.ent_type_ == "PERSON":
                    break
            tokens.insert(0, token)
            index -= 1
            continue
        break
    return tokens


def _appositive_after(doc: Doc, mention_span: Span, mentions_by_start: dict[int, Mention]) -> tuple[str, str] | None:
    """'Tomasz Kubiak, a fire service spokesman,' or 'X, the foreign minister of Morocco'."""
    end = mention_span.end
    if end >= len(doc) or doc[end].text != ",":
        return None
    index = end + 1
    while index < len(doc) and doc[index].pos_ == "DET" or index < len(doc) and doc[index].lower_ in DROP_WORDS:
        index += 1
    tokens: list[Token] = []
    while index < len(doc) and (doc[index].pos_ in PRE_MODIFIER_POS or doc[index].tag_ == "POS"
                                or doc[index].text == "-" and doc[index].whitespace_ == ""):
        if doc[index].ent_type_ == "PERSON":
            return None
        tokens.append(doc[index])
        index += 1
    if not tokens or tokens[-1].lower_ not in ROLE_WORDS:
        return None
    split = _split_title(tokens, mentions_by_start)
    if split is None:
        return None
    role, org = split
    if not org and index + 1 < len(doc) and doc[index].lower_ in ("of", "for", "at") and doc[index + 1].ent_type_:
        start = index + 1
        if doc[start].lower_ == "the":
            start += 1
        stop = start
        while stop < len(doc) and doc[stop].ent_type_ and doc[stop].ent_iob_ != "O" and (stop == start or doc[stop].ent_iob_ == "I"):
            stop += 1
        if stop > start:
            org = _org_name(doc[start:stop], mentions_by_start)
    return role, org


def _main_country(mentions: list[Mention]) -> str:
    """The country the article is mostly about: the most named place or nationality that is a country."""
    countries = set(NATIONALITY.values())
    counts: dict[str, int] = {}
    for mention in mentions:
        name = NATIONALITY.get(mention.canonical.lower(), mention.canonical) if mention.label in ("NORP", "GPE") else None
        if name in countries:
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=counts.get) if counts else ""


def extract_roles(doc: Doc, mentions: list[Mention]) -> list[Fact]:
    """Return one role fact per (person, role, org) stated next to a named person."""
    mentions_by_start = {m.start: m for m in mentions}
    country = _main_country(mentions)
    facts: list[Fact] = []
    for mention in mentions:
        if mention.label != "PERSON" or len(mention.canonical.split()) < 2:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        found = []
        title = _title_before(doc, span)
        if title and (split := _split_title(title, mentions_by_start)) is not None:
            role, org = split
            if not org and span.end + 1 < len(doc) and doc[span.end].lower_ == "of" and doc[span.end + 1].ent_type_ in ORG_LABELS:
                org = _org_name(doc[span.end + 1:span.end + 2], mentions_by_start)
            found.append((title[0].idx, role, org))
        if (appositive := _appositive_after(doc, span, mentions_by_start)) is not None:
            found.append((span.start_char, *appositive))
        for start, role, org in found:
            if not org and (role in NATIONAL_OFFICES or role.endswith("minister")) and country:
                org = country
            facts.append(Fact("role", start, mention.end if start < mention.start else span.end_char + 1,
                              sentence_of(span[0]).text.strip(), {"person": mention.canonical, "role": role, "org": org}))
    return facts
