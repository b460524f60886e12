"""Finds who said what: direct quotations and reported speech, with the speaker resolved to a canonical entity."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span, Token

from extract.sentences import sentence_of, sentences
from extract.model import Fact, Mention

# Lemmas of verbs that report speech or writing ("said", "pointed out", "tweeted"): the cue of a quote.
REPORTING_VERBS = {
    "say", "tell", "add", "note", "point", "warn", "claim", "announce", "confirm", "insist", "deny", "urge",
    "tweet", "write", "call", "state", "explain", "argue", "stress", "emphasise", "emphasize", "report",
    "describe", "estimate", "indicate", "suggest", "believe", "reply", "respond", "comment", "declare",
    "admit", "acknowledge", "allege", "assert", "remark", "reveal", "predict", "promise", "ask", "answer",
    "conclude", "continue", "mention", "observe", "recall", "reiterate", "repeat", "caution", "contend",
    "maintain", "testify", "vow", "threaten", "accuse", "demand", "propose", "recommend", "request",
    "agree", "advise", "affirm", "assure", "boast", "brag", "complain", "concede", "disclose", "dispute",
    "exclaim", "forecast", "grumble", "hint", "inform", "joke", "lament", "mutter", "notify", "object",
    "plead", "post", "proclaim", "protest", "query", "question", "quip", "reason", "recount", "reckon",
    "reassure", "rejoin", "relate", "retort", "scream", "shout", "signal", "speculate", "suspect", "swear",
    "think", "told", "underline", "underscore", "wonder", "worry", "whisper", "yell", "brief", "concur",
    "counter", "elaborate", "highlight", "specify", "clarify", "publish", "blog", "email", "text", "hear",
    "learn", "order", "pledge", "guarantee", "forewarn", "prophesy", "posit", "opine", "aver", "attest",
    "certify", "charge", "cry", "decide", "demonstrate", "determine", "discover", "expect", "fear", "feel",
    "find", "hope", "imply", "judge", "know", "plan", "pray", "prove", "realise", "realize", "recognise",
    "recognize", "remind", "rule", "show", "teach", "understand", "wish", "acclaim", "announce", "broadcast",
}
# Verbs that need a clause after them to report speech, not just a noun ("showed the way", "found the body").
CLAUSE_ONLY_VERBS = {"show", "find", "know", "feel", "hope", "think", "expect", "fear", "wish", "decide",
                     "determine", "learn", "hear", "understand", "prove", "realise", "realize", "discover",
                     "judge", "rule", "plan", "teach", "believe", "continue", "call", "order"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "i"}
GROUP_PRONOUNS = {"they", "we"}
NOT_SPEAKERS = {"it", "this", "that", "there", "which", "who", "what", "them", "us", "me", "him", "whom"}
SPEAKER_LABELS = ("PERSON", "ORG", "GPE", "NORP")
QUOTE_MARKS = re.compile(r"[\"“”]")
QUOTE_PAIRS = re.compile(r"\"([^\"\n]{1,3000}?)\"|“([^”“\n]{1,3000}?)”")
MIN_LONE_QUOTE_WORDS = 4
TRAILING = " ,;:\n\t"


class SpeakerResolver:
    """Maps a subject token to a canonical speaker using the article's mentions (names, pronouns, role nouns)."""

    def __init__(self, doc: Doc, mentions: list[Mention]):
        self.doc = doc
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.people = [m for m in self.mentions if m.label == "PERSON"]
        self.people_starts = [m.start for m in self.people]
        # A surname or first name alone maps to the full name given somewhere in the article.
        self.by_word: dict[str, str] = {}
        for mention in self.people:
            for word in mention.canonical.split()[1:] if len(mention.canonical.split()) > 1 else []:
                self.by_word.setdefault(word.casefold(), mention.canonical)
        self.last_speaker: tuple[str, int] | None = None

    def mention_at(self, start: int, end: int) -> Mention | None:
        index = bisect_right(self.starts, start) - 1
        for candidate in self.mentions[max(0, index - 1): index + 2]:
            if candidate.start < end and start < candidate.end:
                return candidate
        return None

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return self.mentions[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def remember(self, speaker: str | None, offset: int) -> None:
        if speaker:
            self.last_speaker = (speaker, offset)

    def person_for_pronoun(self, token: Token) -> str | None:
        """The person a 'he' or 'she' most likely points to: a subject in the same sentence, the last speaker, the last person."""
        sentence = sentence_of(token)
        for mention in reversed(self.people[:bisect_left(self.people_starts, token.idx)]):
            if mention.start < sentence.start_char:
                break
            head = self._token(mention)
            if head is not None and head.dep_ in ("nsubj", "nsubjpass"):
                return mention.canonical
        window_start = self._sentence_start(sentence, back=2)
        recent = [m for m in self.people[:bisect_left(self.people_starts, token.idx)] if m.start >= window_start]
        if self.last_speaker and self.last_speaker[1] >= window_start and \
                any(m.canonical == self.last_speaker[0] for m in recent):
            return self.last_speaker[0]
        subjects = [m for m in recent if (head := self._token(m)) is not None and head.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[-1].canonical
        if recent:
            return recent[-1].canonical
        earlier = self.people[:bisect_left(self.people_starts, token.idx)]
        if self.last_speaker:
            return self.last_speaker[0]
        return earlier[-1].canonical if earlier else None

    def person_for_role_noun(self, token: Token) -> str | None:
        """'the minister', 'the Moroccan diplomat': the person the article has been talking about."""
        if self.last_speaker:
            return self.last_speaker[0]
        earlier = self.people[:bisect_left(self.people_starts, token.idx)]
        return earlier[-1].canonical if earlier else (self.people[0].canonical if self.people else None)

    def _sentence_start(self, sentence: Span, back: int) -> int:
        start = sentence.start
        for _ in range(back):
            if start == 0:
                break
            start = sentence_of(self.doc[start - 1]).start
        return self.doc[start].idx

    def _token(self, mention: Mention) -> Token | None:
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def resolve(self, subject: Token) -> tuple[str | None, str]:
        """Return (canonical speaker or None, the text that names the speaker)."""
        phrase = _subject_phrase(subject)
        named = self._named_in(subject)
        if named is not None:
            return named, phrase.text
        lower = subject.lower_
        if lower in PERSON_PRONOUNS:
            return self.person_for_pronoun(subject), phrase.text
        if lower in GROUP_PRONOUNS or lower in NOT_SPEAKERS:
            return None, phrase.text
        if subject.pos_ == "PROPN":
            return self.by_word.get(lower, phrase.text), phrase.text
        if subject.pos_ == "NOUN":
            determiner = next((c.lower_ for c in subject.children if c.dep_ in ("det", "poss")), "")
            definite_singular = subject.tag_ == "NN" and determiner in ("the", "this", "his", "her")
            if definite_singular and not any(c.dep_ == "prep" for c in subject.children):
                return self.person_for_role_noun(subject), phrase.text
            # Unnamed sources are named by the noun as written: "officials", "Local officials", "source".
            modifiers = [t for t in phrase if t.i <= subject.i and t.dep_ in ("amod", "compound") or t == subject]
            return None, " ".join(t.text for t in modifiers)
        return None, phrase.text

    def _named_in(self, subject: Token) -> str | None:
        """A name in the subject: its head word, an appositive ('spokesperson, Steffen Seibert') or a pre-modifier."""
        mention = self.mention_at(subject.idx, subject.idx + len(subject))
        if mention is not None and mention.label in SPEAKER_LABELS and mention.label != "NORP":
            return mention.canonical
        for child in subject.children:
            if child.dep_ == "appos":
                for inner in self.mentions_in(child.left_edge.idx, child.right_edge.idx + len(child.right_edge)):
                    if inner.label == "PERSON":
                        return inner.canonical
        for child in subject.children:
            if child.dep_ in ("compound",) and child.i < subject.i:
                inner = self.mention_at(child.idx, child.idx + len(child))
                if inner is not None and inner.label == "PERSON":
                    return inner.canonical
        if mention is not None and mention.label == "NORP" and subject.pos_ == "PROPN":
            return mention.canonical
        return None


def _subject_phrase(subject: Token) -> Span:
    tokens = [t for t in subject.subtree if t.dep_ not in ("punct", "relcl", "acl") or t == subject]
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens) + 1
    return subject.doc[start:end]


def _reporting_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in REPORTING_VERBS


def _subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj",):
            return child
    for child in verb.children:
        # "were reported by local media": the agent reports.
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb and verb.head.pos_ in ("VERB", "AUX"):
        return _subject_of(verb.head)
    return None


def _cue_text(verb: Token) -> str:
    particles = [child.text for child in verb.children if child.dep_ == "prt"]
    return " ".join([verb.text, *particles])


def _sentence_text(doc: Doc, start: int, end: int) -> str:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return doc.text[start:end]
    first, last = sentence_of(span[0]), sentence_of(span[-1])
    return doc.text[first.start_char:last.end_char].strip()


def quotation_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Content spans inside quotation marks, paragraph by paragraph; an opening mark left open runs to the paragraph end."""
    spans = []
    offset = 0
    for paragraph in text.split("\n"):
        begin = offset
        offset += len(paragraph) + 1
        if begin + len(paragraph) < start:
            continue
        last_end = 0
        for match in QUOTE_PAIRS.finditer(paragraph):
            group = 1 if match.group(1) is not None else 2
            spans.append((begin + match.start(group), begin + match.end(group)))
            last_end = match.end()
        rest = paragraph[last_end:]
        # A quotation over several paragraphs leaves its opening mark unclosed until the last one.
        if len(QUOTE_MARKS.findall(rest)) == 1 and rest.lstrip().startswith(("\"", "“")):
            mark = rest.index(rest.lstrip()[0])
            spans.append((begin + last_end + mark + 1, begin + len(paragraph)))
    return [(s, e) for s, e in spans if s >= start]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    while start < end and text[start] in TRAILING:
        start += 1
    return start, end


def _speaker_near(doc: Doc, resolver: SpeakerResolver, start: int, end: int) -> tuple[str | None, str, str] | None:
    """Look for 'X said' in the sentences around a quotation, outside the quotation itself, then a 'X said:' just before."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sentences = sorted({sentence_of(span[0]), sentence_of(span[-1])}, key=lambda s: s.start)
    for sentence in sentences:
        for token in sentence:
            if start <= token.idx < end or not _reporting_verb(token):
                continue
            subject = _subject_of(token) or _inverted_subject(token)
            if subject is not None and not (start <= subject.idx < end):
                speaker, speaker_text = resolver.resolve(subject)
                return speaker, speaker_text, _cue_text(token)
    first = sentences[0]
    if first.start > 0:
        previous = sentence_of(doc[first.start - 1])
        if doc.text[previous.start_char:start].rstrip(" \"“\n").endswith(":"):
            for token in previous:
                if _reporting_verb(token) and (subject := _subject_of(token)) is not None:
                    speaker, speaker_text = resolver.resolve(subject)
                    return speaker, speaker_text, _cue_text(token)
            mention = resolver.mentions_in(previous.start_char, previous.end_char)
            if mention:
                return mention[-1].canonical, mention[-1].text, ":"
    return None


def _inverted_subject(verb: Token) -> Token | None:
    """'..., stated Minister of Information Moammar al-Eryani': the subject follows the verb."""
    for child in verb.children:
        if child.i > verb.i and child.dep_ in ("dobj", "attr", "nsubj", "npadvmod") and child.pos_ == "PROPN":
            return child
    return None


def extract_quotes(doc: Doc, mentions: list[Mention], skip_until: int = 0) -> list[Fact]:
    """Direct quotations (each contiguous quoted span) and reported speech, each with its speaker."""
    resolver = SpeakerResolver(doc, mentions)
    text = doc.text
    facts: list[Fact] = []
    quoted = quotation_spans(text, skip_until)
    last: tuple[str | None, str, str, int] | None = None
    for start, end in quoted:
        start, end = _trim(text, start, end)
        content = text[start:end]
        if not content.strip():
            continue
        found = _speaker_near(doc, resolver, start, end)
        words = len(content.split())
        if found is None:
            if words < MIN_LONE_QUOTE_WORDS or last is None or start - last[3] > 1500:
                continue
            found = last[:3]
        elif words < MIN_LONE_QUOTE_WORDS and content.istitle():
            continue  # a quoted name or title, not speech
        speaker, speaker_text, cue = found
        if speaker is None and not speaker_text:
            continue
        last = (speaker, speaker_text, cue, end)
        resolver.remember(speaker, end)
        facts.append(Fact("quote", start, end, _sentence_text(doc, start, end), {
            "speaker": speaker, "speaker_text": speaker_text, "cue": cue, "content": content, "direct": True,
        }))

    for sentence in sentences(doc):
        if sentence.end_char <= skip_until:
            continue
        for fact in _reported_speech(sentence, resolver, quoted):
            facts.append(fact)
            resolver.remember(fact.fields["speaker"], fact.end)
    facts.sort(key=lambda f: f.start)
    return facts


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e + 1 for s, e in spans)


def _mostly_quoted(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    covered = sum(max(0, min(end, e) - max(start, s)) for s, e in spans)
    return covered >= 0.8 * (end - start)


def _sentence_body(sentence: Span) -> tuple[int, int]:
    return _trim(sentence.doc.text, sentence.start_char, sentence.end_char - (1 if sentence.text.rstrip()[-1:] in ".!?" else 0))


def _according_to(sentence: Span, resolver: SpeakerResolver) -> Fact | None:
    doc = sentence.doc
    for token in sentence:
        if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
            continue
        objects = [child for child in doc[token.i + 1].children if child.dep_ == "pobj"]
        if not objects:
            continue
        source = objects[0]
        speaker, speaker_text = resolver.resolve(source)
        phrase_start = token.idx
        phrase_end = source.right_edge.idx + len(source.right_edge)
        body_start, body_end = _sentence_body(sentence)
        before = _trim(doc.text, body_start, phrase_start)
        after = _trim(doc.text, phrase_end, body_end)
        before_words = len(doc.text[before[0]:before[1]].split())
        after_words = len(doc.text[after[0]:after[1]].split())
        if before_words >= 2 and after_words >= 2:
            start, end = body_start, body_end  # the attribution sits inside the claim
        else:
            start, end = before if before_words >= after_words else after
        if end - start < 3:
            return None
        return Fact("quote", start, end, sentence.text.strip(), {
            "speaker": speaker, "speaker_text": speaker_text, "cue": "according to",
            "content": doc.text[start:end], "direct": False,
        })
    return None


def _reported_speech(sentence: Span, resolver: SpeakerResolver, quoted: list[tuple[int, int]]) -> list[Fact]:
    doc = sentence.doc
    facts = []
    taken: list[tuple[int, int]] = []
    if (according := _according_to(sentence, resolver)) is not None:
        facts.append(according)
        taken.append((according.start, according.end))
    for verb in sentence:
        if not _reporting_verb(verb) or _inside(quoted, verb.idx, verb.idx + 1) or _inside(taken, verb.idx, verb.idx):
            continue
        subject = _subject_of(verb) or (_inverted_subject(verb) if verb.dep_ in ("ccomp", "parataxis") else None)
        if subject is None or subject.lower_ in NOT_SPEAKERS:
            continue
        span = _reported_content(sentence, verb, subject)
        if span is None:
            continue
        start, end = span
        if len(doc.text[start:end].split()) < 3 or _mostly_quoted(quoted, start, end):
            continue
        speaker, speaker_text = resolver.resolve(subject)
        if speaker is None and not speaker_text:
            continue
        taken.append((start, end))
        facts.append(Fact("quote", start, end, sentence.text.strip(), {
            "speaker": speaker, "speaker_text": speaker_text, "cue": _cue_text(verb),
            "content": doc.text[start:end], "direct": False,
        }))
    return facts


def _reported_content(sentence: Span, verb: Token, subject: Token) -> tuple[int, int] | None:
    """The reported clause: after the verb ('said that X'), before it ('X, officials said') or around it."""
    doc = sentence.doc
    complements = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if complements:
        tokens = [t for t in complements[0].subtree]
        while tokens and (tokens[0].lower_ == "that" and tokens[0].dep_ == "mark" or tokens[0].is_punct):
            tokens = tokens[1:]
        if not tokens:
            return None
        return _trim(doc.text, tokens[0].idx, _strip_final(tokens[-1]))
    before = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.i < subject.i]
    if before:
        # "A growing number ... pledge allegiance to the IS, the minister pointed out."
        tokens = [t for t in before[0].subtree if not (t.is_punct and t.text in "\"“”")]
        return _trim(doc.text, tokens[0].idx, _strip_final(tokens[-1]))
    if verb.lemma_.lower() in CLAUSE_ONLY_VERBS:
        return None
    if verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i and subject.i > verb.head.i:
        # "A total ..., officials said, spilled and ignited" or "..., the minister pointed out."
        attribution_start = min(t.i for t in subject.subtree) if subject.i < verb.i else verb.i
        attribution_end = max(max(t.i for t in verb.subtree), max(t.i for t in subject.subtree))
        body_start, body_end = _sentence_body(sentence)
        after = doc[attribution_end + 1:sentence.end]
        if sum(1 for t in after if not t.is_punct) >= 2:
            return body_start, body_end
        return _trim(doc.text, body_start, doc[attribution_start].idx)
    return None


def _strip_final(token: Token) -> int:
    if token.is_punct and token.text in ".!?" and token.i > 0:
        token = token.doc[token.i - 1]
    return token.idx + len(token)
