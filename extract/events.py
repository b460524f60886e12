"""Finds what happened: subject · verb · object triples in which the subject or the object is a named entity."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from extract.sentences import sentence_of
from extract.model import Fact, Mention

SUBJECTS = ("nsubj",)
OBJECTS = ("dobj", "attr")
PHRASE_MAX_TOKENS = 12
# Speech is already a quote fact; "X said on Friday" as an event would only repeat it, worse.
SPEECH_VERBS = {"say", "tell"}
# "met on Monday", "signed in 2019": when is a date fact, not what the verb was done to.
TIME_LABELS = {"DATE", "TIME"}


def _phrase(token: Token) -> str:
    """The noun phrase a token heads, without relative clauses, cut to a readable length."""
    clauses = {t.i for child in token.children if child.dep_ in ("relcl", "acl", "appos") for t in child.subtree}
    tokens = [t for t in token.subtree if t.i not in clauses]
    # A heading run into the next paragraph by the parser belongs to neither: keep the head's own paragraph.
    breaks = [t.i for t in tokens if t.is_space and "\n" in t.text]
    tokens = [t for t in tokens if not t.is_punct and not t.is_space
              and all((t.i > b) == (token.i > b) for b in breaks)] or [token]
    start, end = tokens[0].i, tokens[-1].i + 1
    return token.doc[start:min(end, start + PHRASE_MAX_TOKENS)].text


def _is_vague(token: Token, mention: Mention | None) -> bool:
    """A pronoun or bare determiner ("he", "this", "which") names nothing on its own."""
    return mention is None and (token.pos_ == "PRON" or token.tag_ in ("DT", "WDT", "WP"))


def _object(verb: Token) -> tuple[Token | None, str]:
    """The direct object, else the first prepositional object that is not a time; with the verb as it reads."""
    obj = next((c for c in verb.children if c.dep_ in OBJECTS), None)
    if obj is not None:
        return obj, verb.lemma_
    for preposition in (c for c in verb.children if c.dep_ == "prep"):
        obj = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.ent_type_ not in TIME_LABELS:
            return obj, f"{verb.lemma_} {preposition.lower_}"
    return None, verb.lemma_


class _MentionIndex:
    def __init__(self, mentions: list[Mention]):
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]

    def at(self, token: Token) -> Mention | None:
        index = bisect_right(self.starts, token.idx) - 1
        if index >= 0 and self.mentions[index].end > token.idx:
            return self.mentions[index]
        return None


def extract_events(doc: Doc, mentions: list[Mention], skip_until: int = 0) -> list[Fact]:
    """One event per verb with a subject and an object, at least one of them an entity (given by its canonical name)."""
    index = _MentionIndex(mentions)
    facts: list[Fact] = []
    for verb in doc:
        # A verb inside a name ("Committee to Protect Journalists") is part of the name, not an event.
        if verb.pos_ != "VERB" or verb.idx < skip_until or verb.lemma_ in SPEECH_VERBS or index.at(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        obj, verb_text = _object(verb)
        if subject is None or obj is None:
            continue
        subject_mention, object_mention = index.at(subject), index.at(obj)
        if subject_mention is None and object_mention is None:
            continue
        if _is_vague(subject, subject_mention) or _is_vague(obj, object_mention) or subject_mention is object_mention:
            continue
        particles = [c.text for c in verb.children if c.dep_ == "prt"]
        if particles:
            verb_text = " ".join([verb.lemma_, *particles, *verb_text.split()[1:]])
        start = min(subject.left_edge.idx, verb.idx)
        end = max(obj.right_edge.idx + len(obj.right_edge), verb.idx + len(verb))
        facts.append(Fact("event", start, end, sentence_of(verb).text.strip(), {
            "subject": subject_mention.canonical if subject_mention else _phrase(subject),
            "verb": verb_text,
            "object": object_mention.canonical if object_mention else _phrase(obj),
        }))
    return facts
