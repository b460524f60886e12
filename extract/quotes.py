"""Finds who said what: direct quotations and reported speech, with the speaker resolved to a canonical entity."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from extract.model import Fact, Mention

REPORTING_VERBS = {
    "say", "tell", "add", "note", "point", "warn", "claim", "announce", "confirm", "insist", "deny", "urge",
    "tweet", "write", "call", "state", "explain", "argue", "stress", "emphasise", "emphasize", "report",
    "describe", "estimate", "indicate", "suggest", "believe", "reply", "respond", "comment", "declare",
    "admit", "acknowledge", "allege", "assert", "remark", "reveal", "predict", "promise", "ask", "answer",
    "conclude", "continue", "mention", "observe", "recall", "reiterate", "repeat", "caution", "contend",
    "maintain", "testify", "vow", "threaten", "accuse", "demand", "propose", "recommend", "stated",
}
PERSON_PRONOUNS = {"he", "she", "him", "her"}
QUOTE_PAIRS = re.compile(r"\"([^\"]{1,2000}?)\"|“([^”“]{1,2000}?)”")
MIN_QUOTE_WORDS = 4


class SpeakerResolver:
    """Maps a subject token to a canonical speaker using the article's mentions (names, pronouns, role nouns)."""

    def __init__(self, mentions: list[Mention]):
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]

    def mention_at(self, start: int, end: int) -> Mention | None:
        index = bisect_right(self.starts, start) - 1
        for candidate in self.mentions[max(0, index - 1): index + 2]:
            if candidate.start < end and start < candidate.end:
                return candidate
        return None

    def last_person_before(self, offset: int) -> Mention | None:
        index = bisect_right(self.starts, offset) - 1
        while index >= 0:
            if self.mentions[index].label == "PERSON":
                return self.mentions[index]
            index -= 1
        return None

    def resolve(self, subject: Token) -> tuple[str | None, str]:
        """Return (canonical speaker or None, the text that names the speaker)."""
        phrase = _subject_phrase(subject)
        # The head word decides: "the Moroccan diplomat" is a person, not the NORP "Moroccan".
        mention = self.mention_at(subject.idx, subject.idx + len(subject))
        if mention is not None and mention.label in ("PERSON", "ORG", "GPE", "NORP"):
            return mention.canonical, phrase.text
        if subject.lower_ in PERSON_PRONOUNS or subject.pos_ == "NOUN":
            person = self.last_person_before(phrase.start_char)
            if subject.lower_ in PERSON_PRONOUNS or (person and subject.lower_ not in {"officials", "police", "people"}):
                return (person.canonical if person else None), phrase.text
        return (phrase.text if subject.pos_ == "PROPN" else None), phrase.text


def _subject_phrase(subject: Token) -> Span:
    tokens = [t for t in subject.subtree if t.dep_ not in ("punct", "relcl", "acl", "appos") or t == subject]
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens) + 1
    return subject.doc[start:end]


def _reporting_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in REPORTING_VERBS


def _subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
        return _subject_of(verb.head)
    return None


def _according_to(sentence: Span) -> Token | None:
    for token in sentence:
        if token.lower_ == "according" and token.i + 2 < len(token.doc) and token.nbor(1).lower_ == "to":
            for child in token.nbor(1).children:
                if child.dep_ == "pobj":
                    return child
    return None


def extract_quotes(doc: Doc, mentions: list[Mention], skip_until: int = 0) -> list[Fact]:
    resolver = SpeakerResolver(mentions)
    facts: list[Fact] = []
    covered: list[tuple[int, int]] = []
    text = doc.text
    last_speaker: tuple[str | None, str, str] | None = None

    for match in QUOTE_PAIRS.finditer(text, skip_until):
        group = 1 if match.group(1) is not None else 2
        content_start, content_end = match.start(group), match.end(group)
        content = text[content_start:content_end].strip()
        if len(content.split()) < MIN_QUOTE_WORDS:
            continue
        speaker, speaker_text, cue = _speaker_near(doc, resolver, match.start(), match.end())
        if speaker is None and last_speaker is not None:
            speaker, speaker_text, cue = last_speaker
        if speaker is None and speaker_text == "":
            continue
        last_speaker = (speaker, speaker_text, cue)
        sentence = _sentence_text(doc, content_start, content_end)
        covered.append((match.start(), match.end()))
        facts.append(Fact("quote", content_start, content_end, sentence, {
            "speaker": speaker, "speaker_text": speaker_text, "cue": cue, "content": content, "direct": True,
        }))

    for sentence in doc.sents:
        if sentence.start_char < skip_until:
            continue
        if any(s < sentence.end_char and sentence.start_char < e for s, e in covered):
            continue
        fact = _reported_speech(sentence, resolver)
        if fact is not None:
            facts.append(fact)
    facts.sort(key=lambda f: f.start)
    return facts


def _speaker_near(doc: Doc, resolver: SpeakerResolver, start: int, end: int) -> tuple[str | None, str, str]:
    """Look for 'X said' in the sentence(s) around a quotation, outside the quotation itself."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None, "", ""
    sentences = {span[0].sent, span[-1].sent}
    for sentence in sorted(sentences, key=lambda s: s.start):
        for token in sentence:
            if start <= token.idx < end or not _reporting_verb(token):
                continue
            subject = _subject_of(token)
            if subject is not None and not (start <= subject.idx < end):
                speaker, speaker_text = resolver.resolve(subject)
                return speaker, speaker_text, _cue_text(token)
    return None, "", ""


def _cue_text(verb: Token) -> str:
    particles = [child.text for child in verb.children if child.dep_ == "prt"]
    return " ".join([verb.text, *particles])


def _sentence_text(doc: Doc, start: int, end: int) -> str:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return doc.text[start:end]
    first, last = span[0].sent, span[-1].sent
    return doc.text[first.start_char:last.end_char].strip()


def _reported_speech(sentence: Span, resolver: SpeakerResolver) -> Fact | None:
    doc = sentence.doc
    according = _according_to(sentence)
    if according is not None:
        speaker, speaker_text = resolver.resolve(according)
        phrase_start = according.head.head.idx
        phrase_end = max(t.idx + len(t) for t in according.subtree)
        before = doc.text[sentence.start_char:phrase_start].strip(" ,")
        after = doc.text[phrase_end:sentence.end_char].strip(" ,.")
        content = before if len(before) >= len(after) else after
        if content:
            start = doc.text.index(content, sentence.start_char)
            return Fact("quote", start, start + len(content), sentence.text.strip(), {
                "speaker": speaker, "speaker_text": speaker_text, "cue": "according to",
                "content": content, "direct": False,
            })
    for verb in sentence:
        if not _reporting_verb(verb):
            continue
        subject = _subject_of(verb)
        if subject is None:
            continue
        complement = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
        if complement:
            tokens = list(complement[0].subtree)
            if len(tokens) < 3:
                continue
            start_token = tokens[0]
            if start_token.lower_ == "that":
                tokens = tokens[1:]
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        elif verb.dep_ in ("ccomp", "parataxis") and subject.i > verb.head.i and verb.i > sentence.start + 3:
            # "A growing number ... pledge allegiance to the IS, the minister pointed out."
            first_subject_token = min(t.i for t in subject.subtree)
            start = sentence.start_char
            end = doc[first_subject_token].idx
            while end > start and doc.text[end - 1] in " ,":
                end -= 1
        else:
            continue
        content = doc.text[start:end]
        if len(content.split()) < 3:
            continue
        speaker, speaker_text = resolver.resolve(subject)
        if speaker is None and not speaker_text:
            continue
        return Fact("quote", start, end, sentence.text.strip(), {
            "speaker": speaker, "speaker_text": speaker_text, "cue": _cue_text(verb),
            "content": content, "direct": False,
        })
    return None
