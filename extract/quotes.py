"""Finds who said what: direct quotations and reported speech, with the speaker resolved to a canonical entity."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span, Token

from extract.bodies import one_body_of_kind
from extract.sentences import sentence_of, sentences, text_of
from extract.model import Fact, Mention
from extract.entities import DESCRIBING_NOUNS, ORG_NAME_WORDS, PERSON_TITLES, POST_NOMINALS
from extract.roles import ROLE_WORDS

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
# How far back (in characters) the last speaker stays in play for a quotation or a document with no speaker of its own.
LAST_SPEAKER_REACH = 1500
# How many tokens back a definite 'the statement' looks for the statement it refers to.
ANTECEDENT_WINDOW = 400
TRAILING = " ,;:\n\t"


# Words that tell a person's gender, so that "he" and "she" skip people who do not fit.
MALE_WORDS = {"mr", "sir", "king", "prince", "spokesman", "assemblyman", "congressman", "chairman", "councilman",
              "father", "husband", "son", "brother", "sultan", "emir", "pope", "businessman", "he", "him", "his",
              "grandfather", "uncle", "widower"}
FEMALE_WORDS = {"mrs", "ms", "miss", "dame", "queen", "princess", "spokeswoman", "assemblywoman", "congresswoman",
                "chairwoman", "councilwoman", "mother", "wife", "daughter", "sister", "actress", "businesswoman",
                "she", "her", "hers", "grandmother", "aunt", "widow"}
# Family relations: 'the father' alone points back like 'he' does.
FAMILY_NOUNS = {"father", "mother", "husband", "wife", "son", "daughter", "brother", "sister", "grandfather",
                "grandmother", "uncle", "aunt", "widow", "widower"}
# Common first names as a last hint when the article itself says nothing about a person's gender; names given to
# men and women alike (Ashley, Kelly, Chris; Andrea is a man in Italy) give no hint.
MALE_FIRST_NAMES = {
    "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles", "daniel",
    "matthew", "mark", "paul", "steven", "andrew", "kevin", "brian", "george", "edward", "peter", "donald", "ronald",
    "anthony", "jason", "jeffrey", "ryan", "jacob", "gary", "eric", "stephen", "jonathan", "larry", "justin", "scott",
    "frank", "benjamin", "gregory", "samuel", "patrick", "alexander", "jack", "dennis", "jerry", "tyler", "aaron",
    "adam", "henry", "nathan", "douglas", "zachary", "walter", "kyle", "harold", "carl", "arthur", "roger", "joe",
    "juan", "albert", "lawrence", "bruce", "willie", "louis", "jose", "carlos", "luis", "ivan", "sergei", "sergey",
    "vladimir", "dmitry", "alexei", "yevgeny", "oleg", "igor", "andrei", "boris", "nikolai", "mohammed", "muhammad",
    "ahmed", "ali", "omar", "hassan", "hussein", "abdullah", "jean", "pierre", "jacques", "nicolas", "antoine",
    "francois", "hans", "klaus", "wolfgang", "jurgen", "stefan", "marco", "giuseppe", "giovanni", "luca", "pedro",
    "miguel", "jorge", "tomasz", "piotr", "andrzej", "pawel", "krzysztof", "mike", "tony", "tom", "bill",
    "bob", "jim", "jimmy", "dick", "chuck", "ted", "troy", "vinnie", "howard", "elson", "graciano", "delfin",
    # more names common in international news
    "alejandro", "sebastian", "sebastián", "fernando", "ricardo", "eduardo", "francisco", "javier", "manuel",
    "rafael", "antonio", "roberto", "sergio", "diego", "pablo", "alberto", "enrique", "gustavo", "hugo", "mauricio",
    "rodrigo", "felipe", "andrés", "andres", "emmanuel", "françois", "philippe", "laurent", "michel", "olivier",
    "thierry", "christophe", "bernard", "gerhard", "helmut", "heinrich", "friedrich", "matthias", "johannes",
    "sven", "lars", "anders", "erik", "magnus", "mikhail", "alexander", "yuri", "viktor", "vitaly", "volodymyr",
    "petro", "mohamed", "mahmoud", "khalid", "abdul", "ibrahim", "yusuf", "mustafa", "recep", "tayyip", "benjamin",
    "yair", "naftali", "narendra", "rahul", "amit", "rajesh", "sanjay", "arvind", "imran", "nawaz", "shehbaz",
    "asif", "mahinda", "ranil", "gotabaya", "shinzo", "fumio", "yoshihide", "cyril", "jacob", "uhuru",
    "william", "raila", "muhammadu", "bola", "goodluck", "paul", "yoweri", "abiy", "emmerson", "robert", "joko",
    "rodrigo", "ferdinand", "bongbong", "boris", "keir", "rishi", "justin", "scott", "malcolm", "kevin", "anthony",
    "jair", "luiz", "inácio", "nicolás", "nicolas", "evo"}
MALE_FIRST_NAMES |= {
    "joe", "barack", "george", "ronald", "jimmy", "gerald", "richard", "lyndon", "dwight", "harry", "franklin",
    "arnold", "oscar", "carl", "romeo", "eduardo", "waker", "ramon", "rosauro", "charles", "benjamin", "bakary",
    "mitch", "chuck", "nancy"} - {"nancy"}
FEMALE_FIRST_NAMES = {
    "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy",
    "lisa", "betty", "margaret", "sandra", "kimberly", "emily", "donna", "michelle", "dorothy", "carol",
    "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy",
    "angela", "anna", "anne", "ann", "helen", "samantha", "katherine", "christine", "debra", "rachel", "carolyn",
    "janet", "catherine", "maria", "heather", "diane", "julie", "joyce", "victoria", "christina", "joan",
    "evelyn", "lauren", "judith", "olivia", "martha", "cheryl", "megan", "hannah", "jacqueline", "ruth",
    "julia", "nicole", "sophie", "sophia", "marie", "monika", "monica", "agnieszka", "katarzyna", "magdalena",
    "olga", "tatiana", "tatyana", "natalia", "svetlana", "irina", "elena", "anna", "fatima", "aisha", "jill",
    "selena", "hillary", "theresa", "ursula", "marine", "isabel", "isabelle", "carmen", "ana", "jo", "tierra",
    # more names common in international news
    "cecilia", "claudia", "gabriela", "valentina", "camila", "daniela", "mariana", "lucia", "lucía", "paula",
    "silvia", "rosa", "teresa", "beatriz", "cristina", "dilma", "michelle", "yasna", "digna", "dina", "eliana",
    "angela", "annalena", "ursula", "christine", "ségolène", "segolene", "nathalie", "véronique", "sylvie",
    "ingrid", "greta", "birgit", "kristin", "mette", "sanna", "jacinda", "julia", "penny", "nicola", "priti",
    "liz", "elizabeth", "suella", "yvette", "diane", "harriet", "keiko", "yuriko", "sadiya", "amina", "ngozi",
    "winnie", "graça", "joyce", "sheikh", "sheikha", "benazir", "maryam", "indira", "sonia", "nirmala", "smriti",
    "mamata", "jayalalithaa", "sushma", "chandrika", "yingluck", "aung", "leni", "gloria", "corazon", "imelda",
    "tsai", "park", "hillary", "kamala", "nancy", "condoleezza", "madeleine", "samantha", "nikki", "kristi",
    "gretchen", "kathy", "kate", "catherine", "philomena", "judith", "rensje", "sophie", "anne-marie"} \
    - {"sheikh", "aung", "park", "tsai"}
# Words that name an armed or public force, never a person: "the Indian Army said ... he said" is not the army.
FORCE_WORDS = {"army", "navy", "police", "military", "government", "guard", "corps", "marines"}
# Nouns for organisations: "the party said" is the party named last in the article.
ORG_NOUNS = {"party", "ministry", "committee", "company", "agency", "police", "government", "department", "council",
             "commission", "court", "service", "office", "board", "army", "military", "group", "organisation",
             "organization", "airline", "firm", "university", "union", "team", "club", "channel", "network",
             "publication", "newspaper", "broadcaster", "outlet", "magazine", "paper", "station"}
# Nouns that name no kind of institution of their own, so that 'the publication' or 'the company' may be whichever
# organisation was speaking just before; 'the court' is never a news agency that spoke last.
GENERIC_ORG_NOUNS = {"organisation", "organization", "group", "company", "firm", "agency", "publication", "newspaper",
                     "broadcaster", "outlet", "magazine", "paper", "station", "channel", "network", "service"}
# Nouns for a kind of body: 'the company' or 'the agency' with one organisation named just before is that one.
BUSINESS_NOUNS = {"company", "firm", "airline", "agency", "organisation", "organization", "network",
                  # kinds of business the financial pages name a company by: "The electric carmaker said"
                  "carmaker", "automaker", "retailer", "manufacturer", "lender", "insurer", "carrier", "conglomerate",
                  "bank", "utility", "operator", "giant", "chain", "startup"}
ORG_NOUNS |= BUSINESS_NOUNS
# Kinds of outlet written after the outlet's name ("Time magazine", "CBS network"): the name is the speaker.
OUTLET_NOUNS = {"magazine", "newspaper", "paper", "broadcaster", "channel", "network", "station", "outlet",
                "publication", "journal", "daily", "tabloid", "website", "agency"}
# What speaks for its owner: "the agency's website said" is the agency.
MEDIUM_NOUNS = {"website", "site", "office", "statement", "tweet", "post", "account", "release", "letter", "blog", "page"}
# Documents and records: what they say, their author says.
DOCUMENT_NOUNS = MEDIUM_NOUNS | {"report", "study", "survey", "analysis", "estimate", "figure", "count", "tally",
                                 "investigation", "review", "poll", "data", "assessment", "filing", "ruling",
                                 "summary", "judgment", "judgement", "document", "imaging", "footage", "paper",
                                 "decision", "verdict", "transcript", "memo", "notice", "announcement", "finding",
                                 # records, plans and figures speak for whoever keeps them ("WHO's statistics",
                                 # "PG&E's schedule", "Federal Aviation Administration records")
                                 "record", "statistic", "statistics", "schedule", "plan", "timeline", "list",
                                 "register", "registry", "database", "log", "chart", "map", "census", "ranking",
                                 "index", "projection", "calculation", "forecast", "testimony", "complaint",
                                 "indictment", "lawsuit", "guideline", "guidance", "rule", "law", "number", "datum",
                                 # what people write of their own lives speaks for them ("according to her memoirs")
                                 "memoir", "memoirs", "autobiography", "diary", "diaries"}
# Written things whose words a story quotes as what they 'read' ('"...," read the warning', 'The sign reads: "..."').
READ_TEXTS = DOCUMENT_NOUNS | {"warning", "alert", "advisory", "bulletin", "sign", "banner", "placard", "poster",
                               "message", "note", "caption", "headline", "inscription", "plaque", "label", "text",
                               "card", "leaflet", "flyer", "graffiti", "slogan", "petition", "order", "decree"}
# Passives that pass on someone's words: "was quoted as saying", "is reported as saying", "was cited as saying".
QUOTED_AS_VERBS = {"quote", "report", "cite", "record"}
# Words that make an office the one below it: a deputy governor is not 'the governor'.
LOWER_RANKS = {"deputy", "vice", "assistant", "associate", "under", "lieutenant", "acting", "additional", "joint"}
# Words that make an office of its own: 'the minister' is some minister, never the prime minister.
OWN_OFFICES = {"prime"}
VIEW_NOUNS = {"perspective", "view", "opinion", "words", "eyes", "estimation", "assessment", "mind"}
RELATIVE_PRONOUNS = {"which", "who", "that"}
PERSON_NOUNS = ROLE_WORDS | {"politician", "official", "spokesperson", "lawmaker", "diplomat", "minister"}


class SpeakerResolver:
    """Maps a subject token to a canonical speaker using the article's mentions (names, pronouns, role nouns)."""

    def __init__(self, doc: Doc, mentions: list[Mention], roles: list[Fact] = (), skip_until: int = 0):
        self.doc = doc
        # The wire dateline ("OSLO (AFP) –") ends here: none of its words names a speaker.
        self.skip_until = skip_until
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.people = [m for m in self.mentions if m.label == "PERSON"]
        self.people_starts = [m.start for m in self.people]
        self.orgs = [m for m in self.mentions if m.label == "ORG"]
        self.org_names = {m.canonical for m in self.orgs}
        self.people_names = {m.canonical for m in self.people}
        self.place_names = {m.canonical for m in self.mentions if m.label not in ("PERSON", "ORG")}
        # A surname or first name alone maps to the full name given somewhere in the article.
        self.by_word: dict[str, str] = {}
        for mention in self.people:
            for word in mention.canonical.split()[1:] if len(mention.canonical.split()) > 1 else []:
                self.by_word.setdefault(word.casefold(), mention.canonical)
        # A first name alone ("Princess Ubolratana") names the one person who has it, when it is nobody's surname.
        first_names: dict[str, set[str]] = {}
        for mention in self.people:
            if len(mention.canonical.split()) > 1:
                first_names.setdefault(mention.canonical.split()[0].casefold(), set()).add(mention.canonical)
        for word, names in first_names.items():
            if len(names) == 1:
                self.by_word.setdefault(word, names.pop())
        self.roles = sorted(roles, key=lambda f: f.start)
        self.gender = self._genders()
        self.antecedents: dict[int, str | Token | None] = {}
        self.last_speaker: tuple[str, int] | None = None
        # The last source quoted, named or not ("A spokesman for the company said"), for "this source" to mean.
        self.last_source: tuple[str | None, str, int] | None = None
        # The article's quotations: names inside them are the quoted speaker's words, not antecedents.
        self.quoted: list[tuple[int, int]] = []

    def _genders(self) -> dict[str, str]:
        """Each person's gender as the article tells it: a title or gendered noun next to the name, else the first name."""
        votes: dict[str, list[int]] = {}
        for mention in self.people:
            tally = votes.setdefault(mention.canonical, [0, 0])
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            near = [self.doc[i] for i in range(max(0, span.start - 2), span.start)]
            if span.end + 3 < len(self.doc) and self.doc[span.end].text == ",":
                # "Nicole Towarek, a spokeswoman"; but in "Sara Malik, whose son died" the son is not her.
                after = list(self.doc[span.end + 1:span.end + 4])
                near += after[:next((i for i, t in enumerate(after) if t.tag_ in ("PRP$", "WP$")), len(after))]
            for token in near:
                word = token.lower_.rstrip(".")
                if word in MALE_WORDS - {"he", "him", "his"}:
                    tally[0] += 2
                elif word in FEMALE_WORDS - {"she", "her", "hers"}:
                    tally[1] += 2
            # A gendered pronoun right after a lone name in its sentence points back to it.
            sentence = sentence_of(span[0])
            if len({m.canonical for m in self.mentions_in(sentence.start_char, sentence.end_char) if m.label == "PERSON"}) == 1:
                for token in self.doc[span.end:min(sentence.end, span.end + 25)]:
                    if token.lemma_.lower() in PERSON_NOUNS and token.pos_ == "NOUN" and token.dep_ != "appos":
                        break  # "Roe said ... the mayor's changes, saying he ...": 'he' may be the mayor, not Roe
                    if token.dep_ not in ("nsubj", "nsubjpass"):
                        continue  # "Adderley wrote ... asking to waive her immunity": an object may be someone else
                    if token.lower_ in ("he", "him", "his"):
                        tally[0] += 1
                        break
                    if token.lower_ in ("she", "her", "hers"):
                        tally[1] += 1
                        break
        genders = {}
        for name, (male, female) in votes.items():
            first = name.split()[0].casefold()
            male += first in MALE_FIRST_NAMES
            female += first in FEMALE_FIRST_NAMES
            if male != female:
                genders[name] = "m" if male > female else "f"
        return genders

    def mention_at(self, start: int, end: int) -> Mention | None:
        index = bisect_right(self.starts, start) - 1
        for candidate in self.mentions[max(0, index - 1): index + 2]:
            if candidate.start < end and start < candidate.end:
                return candidate
        return None

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return self.mentions[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def speaks_in_person(self, name: str) -> bool:
        """A person or an organisation (one the model did not tag, such as 'Facebook', too), not a place or a
        nationality."""
        return name[:1].isupper() and name not in self.place_names

    def full_name(self, speaker: str | None) -> str | None:
        """An organisation's name with a leading word dropped ('the Search and Rescue Agency', 'the Court of Justice')
        is the one fuller name the article gives that ends with it ('National Search and Rescue Agency')."""
        if speaker is not None and len(speaker.strip(".")) < 2:
            return None  # "SJK (T) Rantau": a one-letter name is never anyone's
        if speaker is not None and len(words := speaker.split()) > 2 and words[-1] in POST_NOMINALS:
            speaker = " ".join(words[:-1])  # "David Edwardson QC" is David Edwardson
        if speaker is None or len(words := speaker.casefold().split()) < 2 or speaker in self.people_names:
            return speaker
        found = {name for name in self.org_names if len(name.split()) > len(words)
                 and name.casefold().split()[-len(words):] == words}
        return found.pop() if len(found) == 1 else speaker

    def remember(self, speaker: str | None, offset: int, speaker_text: str = "") -> None:
        if speaker or speaker_text:
            self.last_source = (speaker, speaker_text, offset)
        if speaker:
            self.last_speaker = (speaker, offset)
            # A full name found for a speaker the model did not tag ('chancellor, Pradeep Khosla') is what its
            # surname means later ('Khosla talked of ...').
            words = speaker.split()
            if len(words) in (2, 3) and all(word[:1].isupper() for word in words) \
                    and speaker not in self.org_names:
                self.by_word.setdefault(words[-1].casefold(), speaker)

    def _fits(self, name: str, gender: str | None) -> bool:
        return gender is None or self.gender.get(name) in (None, gender)

    def _subject_people(self, sentence: Span, before: int, gender: str | None) -> list[str | Token]:
        """Fitting people who are subjects in the sentence, those of its main clause last (so they win): after
        "Hutchinson questioned the findings, saying Caudipteryx might have ...", "he" is Hutchinson; the subject
        of a reporting verb wins over both ("Duda said ... while Brudziński wrote ... He tweeted"). A person
        named only by a role ('The head of the police's internal investigators told the court ... She also
        said') is a subject like any other and comes back as its token. Names inside quotations are not
        antecedents: they belong to the quoted speaker's words."""
        limit = min(before, sentence.end_char)
        found: list[tuple[int, int, str | Token]] = []
        for mention in self.people[bisect_left(self.people_starts, sentence.start_char):
                                   bisect_left(self.people_starts, limit)]:
            head = self._token(mention)
            if head is not None and (_is_subject(head) or _named_by_copula(head)) \
                    and self._fits(mention.canonical, gender) \
                    and not _inside(self.quoted, mention.start, mention.end):
                found.append((_clause_rank(_clause_head(head)), head.i, mention.canonical))
        for token in sentence:
            if token.idx >= limit:
                break
            if token.dep_ in ("nsubj", "nsubjpass") and (body := self.mention_at(token.idx, token.idx + len(token))) \
                    is not None and body.label == "ORG" \
                    and (holder := self._office_holder_at_end(_subject_phrase(token))) is not None \
                    and self._fits(holder, gender) and not _inside(self.quoted, token.idx, token.idx + 1):
                # "Department of Public Safety Director Frank Milstead announced ... He said": the office holder.
                found.append((_clause_rank(token.head), token.i, holder))
            elif token.dep_ in ("nsubj", "nsubjpass") and token.tag_ == "NN" and token.lemma_.lower() in PERSON_NOUNS \
                    and _noun_gender(token) in (None, gender) and gender is not None \
                    and not _inside(self.quoted, token.idx, token.idx + 1) and self._named_in(token) is None:
                found.append((_clause_rank(token.head), token.i, token))
            elif token.dep_ in ("nsubj", "nsubjpass") and gender is not None \
                    and (member := _partitive_of(token)) is not None and _lemma_gender(member) == gender \
                    and not _inside(self.quoted, token.idx, token.idx + 1):
                found.append((_clause_rank(token.head), token.i, token))  # "one of their daughters ... She said"
            elif token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT" and gender is not None \
                    and token.lower_ in PERSON_PRONOUNS \
                    and _pronoun_gender(token) == gender and not _inside(self.quoted, token.idx, token.idx + 1) \
                    and isinstance(earlier := self._pronoun_antecedent(token), str):
                # "He wrote to Dr Mark Porter offering to meet. He said": the 'he' before, not the name in between.
                found.append((_clause_rank(token.head), token.i, earlier))
        # Within a rank the text order stays, and the last one is the one a pronoun picks.
        return [who for *_, who in sorted(found, key=lambda item: item[:2])]

    def _pronoun_antecedent(self, token: Token) -> str | Token | None:
        if token.i not in self.antecedents:
            self.antecedents[token.i] = None  # a chain of pronouns never leads back to itself
            self.antecedents[token.i] = self.person_for_pronoun(token)
        return self.antecedents[token.i]

    def person_for_pronoun(self, token: Token) -> str | Token | None:
        """The person 'he' or 'she' points to: a fitting subject earlier in the sentence, else in the sentences before,
        else the last fitting speaker, else the last fitting person named. A person named only by a role comes
        back as the token of that role noun."""
        lower = token.lower_
        gender = "m" if lower in ("he", "him") else "f" if lower in ("she", "her") else _noun_gender(token)
        sentence = sentence_of(token)
        if subjects := self._subject_people(sentence, token.idx, gender):
            return subjects[-1]
        previous = sentence
        looked = 0
        while looked < 3:
            if previous.start == 0:
                break
            previous = sentence_of(self.doc[previous.start - 1])
            # The sentences of a quotation that ends in '..., he added' hold no antecedent: they do not use up the
            # three sentences looked back over.
            looked += not _mostly_quoted(self.quoted, previous.start_char, previous.end_char)
            if subjects := self._subject_people(previous, previous.end_char, gender):
                return subjects[-1]
            if self._spoke_since(previous.start_char, token.idx, gender):
                # '... were evacuated, said Norma Talosig, regional chief. "They have to ...," she said': the
                # person quoted in a nearer sentence with no subject to point to (a name the model took for an
                # organisation, or 'according to the attorney, Ben Crump'), not a subject further back.
                return self.last_speaker[0]
        if self.last_speaker and self._fits(self.last_speaker[0], gender) and self.last_speaker[0] in self.gender \
                or self.last_speaker and gender is None:
            return self.last_speaker[0]
        earlier = [m.canonical for m in self.people[:bisect_left(self.people_starts, token.idx)]
                   if self._fits(m.canonical, gender)]
        if earlier:
            return earlier[-1]
        return self.last_speaker[0] if self.last_speaker else None

    def _spoke_since(self, start: int, before: int, gender: str | None) -> bool:
        """The last speaker is a person of fitting (or unknown) gender whose words end between start and before."""
        if not self.last_speaker:
            return False
        name, offset = self.last_speaker
        looks_like_org = name.isupper() or bool(set(name.casefold().split()) & (ORG_NAME_WORDS | FORCE_WORDS))
        return start <= offset <= before and not looks_like_org and self.speaks_in_person(name) \
            and self._fits(name, gender)

    def person_for_role_noun(self, token: Token, fallback: bool) -> str | None:
        """'the minister', 'the Moroccan diplomat', 'a spokesperson for X': who holds that role in the article,
        else (when fallback) the person the article has been talking about."""
        noun = token.lemma_.lower()
        qualifiers = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound", "poss")}
        qualifiers |= {g.lower_ for c in token.children if c.dep_ == "prep" for g in c.subtree if g.pos_ == "PROPN"}
        holders = [role for role in self.roles if role.fields["role"].split()[-1] == noun]
        if not holders and noun in HEAD_NOUNS and qualifiers:
            # "the EC chief" after "Election Commission (EC) chairman Azhar Harun": whoever heads the body named
            holders = [role for role in self.roles if role.fields["role"].split()[-1] in HEAD_NOUNS
                       and qualifiers & _org_forms(role.fields["org"])]
        # 'Keenan ... spoke to Prime Minister Malcolm Turnbull ... "I accept that," the minister said': Keenan.
        holders = [role for role in holders if not set(role.fields["role"].split()[:-1]) & OWN_OFFICES - qualifiers]
        # 'the governor' is not the deputy governor, unless the text says 'the deputy governor'.
        holders = [role for role in holders if not set(role.fields["role"].split()[:-1]) & LOWER_RANKS - qualifiers] \
            or holders
        if qualifiers and len(holders) > 1:
            # "Chelyabinsk's governor", "a spokesperson for the police": the holder whose org is named.
            # The org decides before the role's own words: "Ukraine's foreign minister" is not Russia's, though both
            # roles are "foreign minister".
            named = [r for r in holders if set(r.fields["org"].casefold().split()) & qualifiers] \
                or [r for r in holders if set(r.fields["role"].split()) & qualifiers]
            holders = named or holders
        if holders:
            earlier = [r for r in holders if r.start < token.idx]
            body = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")), None)
            if not earlier and _indefinite(token) and body is not None and not any(
                    set(r.fields["org"].casefold().split()) & {t.lower_ for t in body.subtree if not t.is_stop}
                    for r in holders):
                return None  # "a spokesperson for the company" is not the union's spokesperson named later
            return (earlier or holders)[-1].fields["person"]
        if not fallback:
            return None
        named = [who for who in self._subject_people(sentence_of(token), token.idx, _noun_gender(token))
                 if isinstance(who, str)]
        if named:
            # "Hichilema has launched bids, and the businessman-turned-politician has said": the clause before's subject.
            return named[-1]
        if self.last_speaker:
            return self.last_speaker[0]
        earlier = self.people[:bisect_left(self.people_starts, token.idx)]
        return earlier[-1].canonical if earlier else (self.people[0].canonical if self.people else None)

    def _earlier_sentences(self, token: Token, count: int = 3):
        """The token's sentence, then up to count sentences before it."""
        sentence = sentence_of(token)
        yield sentence
        for _ in range(count):
            if sentence.start == 0:
                return
            sentence = sentence_of(self.doc[sentence.start - 1])
            yield sentence

    def org_for_pronoun(self, token: Token) -> str | None:
        """'it', 'its website': the last organisation that spoke, else the last one that was a subject nearby."""
        person_names = {m.canonical for m in self.people}
        if self.last_speaker and self.last_speaker[0] not in person_names and token.idx - self.last_speaker[1] < 1500:
            return self.last_speaker[0]
        for sentence in self._earlier_sentences(token):
            for mention in reversed(self.mentions_in(sentence.start_char, min(sentence.end_char, token.idx))):
                head = self._token(mention)
                if mention.label == "ORG" and head is not None and _is_subject(head):
                    return mention.canonical
        return None

    def group_for_pronoun(self, token: Token) -> tuple[str | None, str] | None:
        """'they': the subject just before that is a plural common noun ('officers', 'local officials') or an
        organisation ('The United States Commission on International Religious Freedom criticized the move ... They
        released a statement'): news writing refers to an organisation as 'they' as often as 'it'. Within a
        sentence the most salient subject wins, as for 'he' and 'she': a reporting verb's subject over the main
        clause's over one in a clause below them ('The researchers suggested the algae ... might render the
        corals' chemical defenses less effective ... They reported' are the researchers)."""
        # "The old timbers, they said, would ...": a parenthetical speaker is never a noun of the claim it reports.
        aside = token.head.dep_ in ("parataxis", "ccomp") and token.head.head.i > token.head.i
        for sentence in self._earlier_sentences(token, 2):
            if aside and sentence.start <= token.i < sentence.end:
                continue
            found: list[tuple[int, int, tuple[str | None, str]]] = []
            for candidate in sentence:
                if candidate.i >= token.i:
                    break
                if _inside(self.quoted, candidate.idx, candidate.idx + 1):
                    continue
                if _according_source(candidate) and (candidate.tag_ == "NNS" or candidate.lower_ in ORG_NOUNS):
                    # "According to the research team, ... They reason": the source of the sentence before speaks.
                    speaker, speaker_text = self.resolve(candidate)
                    found.append((2, candidate.i, (speaker, speaker_text)))
                    continue
                if candidate.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                if candidate.lower_ == "they" and sentence.start > token.i - 400 \
                        and not (sentence.start <= token.i < sentence.end):
                    # "... a team of scientists report ... They found ... , they reasoned": the same group again.
                    if (group := self.group_for_pronoun(candidate)) is not None:
                        found.append((_clause_rank(candidate.head), candidate.i, group))
                    continue
                if candidate.tag_ == "NNS" and not candidate.ent_type_:
                    modifiers = [t for t in candidate.children if t.dep_ in ("amod", "compound") and t.i < candidate.i]
                    found.append((_clause_rank(candidate.head), candidate.i,
                                  (None, " ".join(t.text for t in [*modifiers, candidate]))))
                elif candidate.tag_ == "NN" and candidate.lemma_.lower() in COLLECTIVE_NOUNS and not candidate.ent_type_ \
                        and (members := _partitive_members(candidate)) is not None:
                    # "an international team of scientists report ... They": the team, named as written.
                    modifiers = [t for t in candidate.children if t.dep_ in ("amod", "compound") and t.i < candidate.i]
                    found.append((_clause_rank(candidate.head), candidate.i,
                                  (None, self.doc[(modifiers or [candidate])[0].i:members.i + 1].text)))
                elif candidate.pos_ == "NOUN" and _reporting_verb(candidate.head) \
                        and (body := self._named_body(candidate)) is not None:
                    found.append((2, candidate.i, (body, _subject_phrase(candidate).text)))  # "Day's foundation said"
                elif (mention := self.mention_at(candidate.idx, candidate.idx + len(candidate))) is not None \
                        and mention.label == "ORG":
                    speaker, _ = self.resolve(candidate)  # 'The Department' is the department named in full
                    found.append((_clause_rank(candidate.head), candidate.i, (speaker or mention.canonical, mention.text)))
            if found:
                return max(found, key=lambda item: item[:2])[2]
        person_names = {m.canonical for m in self.people}
        if self.last_speaker and self.last_speaker[0] not in person_names \
                and token.idx - self.last_speaker[1] < LAST_SPEAKER_REACH:
            # 'The Department issued a statement: "..." They also said': the organisation that spoke last.
            return self.last_speaker[0], token.text
        return None

    def org_for_noun(self, token: Token, refers_back: bool = True) -> str | None:
        """'the party', 'the court': the organisation named with that word in it that was last the subject of a
        clause (the one the story is about: 'The Court of Session is ...', not 'The only court with higher
        authority is the Supreme Court'), else the last one named, else the organisation speaking just before."""
        noun = token.lower_
        earlier = self.orgs[:bisect_left([m.start for m in self.orgs], token.idx)]
        fitting = [m for m in earlier if noun in m.canonical.casefold().split()]
        subjects = [m for m in fitting if (head := self._token(m)) is not None and _is_subject(head)]
        chosen = subjects or fitting
        if chosen:
            return chosen[-1].canonical
        if refers_back and noun in GENERIC_ORG_NOUNS and self.last_speaker and self.last_speaker[0] in self.org_names \
                and token.idx - self.last_speaker[1] < LAST_SPEAKER_REACH:
            # "The Aviation Herald reported ... The industry publication stated": the organisation speaking.
            return self.last_speaker[0]
        if refers_back and noun in BUSINESS_NOUNS:
            # "Tim Cook, Apple's chief executive, spoke ... The company said": the one business named just before.
            window_start = list(self._earlier_sentences(token, 2))[-1].start_char
            nearby = {m.canonical for m in earlier if m.start >= window_start and not _inside(self.quoted, m.start, m.end)}
            if len(nearby) == 1:
                return nearby.pop()
        return None

    def _org_by_head_noun(self, noun: Token) -> str | None:
        """The one organisation of the article whose name has this noun as its head ('the foundation' for 'Gates
        Foundation'), when no other one does."""
        return one_body_of_kind({noun.lower_, noun.lemma_.lower()}, self.orgs)

    def _token(self, mention: Mention) -> Token | None:
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def resolve(self, subject: Token) -> tuple[str | None, str]:
        """Return (canonical speaker or None, the text that names the speaker)."""
        if subject.idx < self.skip_until and (named := next(
                (c for c in subject.children if c.dep_ in ("appos", "conj") and c.idx >= self.skip_until), None)):
            # "OSLO (AFP) – Norway's health minister Kari Lund said": the model makes the dateline's city the subject
            # and the speaker its apposition.
            return self.resolve(named)
        phrase = _subject_phrase(subject)
        # The model tags a lower-case word a proper noun now and then ("Japan's foreign ministry"): it is a noun.
        lower_case = subject.pos_ == "PROPN" and subject.text.islower()
        pos, tag = ("NOUN", "NNS" if subject.tag_ == "NNPS" else "NN") if lower_case else (subject.pos_, subject.tag_)
        if (both := self._conjoined(subject)) is not None:
            return both
        lower = subject.lower_
        if pos == "PROPN" and lower in ORG_NOUNS \
                and [(c.dep_, c.lower_) for c in subject.children if not c.is_punct] == [("det", "the")] \
                and (org := self.org_for_noun(subject, refers_back=False)) is not None:
            # "The Department issued a statement" after "The California Department of Corrections and
            # Rehabilitation": a capitalised kind of body alone is the body of that kind the story named.
            return org, phrase.text
        if pos == "PROPN" and lower in PERSON_NOUNS and not _indefinite(subject) \
                and [(c.dep_, c.lower_) for c in subject.children if not c.is_punct] == [("det", "the")]:
            # "The Taoiseach has said": a title alone, which the model may tag as a body, names its holder
            return self.person_for_role_noun(subject, fallback=True), phrase.text
        named = self._named_in(subject)
        if named is not None:
            return named, phrase.text
        if subject.text[:1].isupper() and lower in self.by_word:
            return self.by_word[lower], phrase.text  # a surname the model did not tag as a name
        if pos == "PROPN" and lower in PERSON_NOUNS and not _indefinite(subject):
            # "President insists ...": a capitalised title alone names its holder (not "One MP told the BBC").
            return self.person_for_role_noun(subject, fallback=True), phrase.text
        if lower in PERSON_PRONOUNS or _age_noun(subject):
            # "said the 54-year-old": like 'he' or 'she', the person the story has been talking about
            antecedent = self.person_for_pronoun(subject)
            if isinstance(antecedent, Token):
                # Someone named only by a role: the role's holder, else the role as written stands for them.
                speaker, speaker_text = self.resolve(antecedent)
                return speaker, phrase.text if speaker is not None else speaker_text
            if antecedent in self.people_names and lower in ("he", "him", "she", "her"):
                # "juror Shirley commented ... She said ...": the pronoun tells the gender the name did not, so the
                # next 'she' finds her again rather than the last name of no known gender ("MySpace").
                self.gender.setdefault(antecedent, "m" if lower in ("he", "him") else "f")
            return antecedent, phrase.text
        if (member := _partitive_of(subject)) is not None:
            return self.resolve(member)  # "Some of the protesters", "One of the children"
        if pos == "NOUN" and (earlier := self._same_source(subject)) is not None:
            return earlier  # "According to this source": whoever was quoted just before, named or not
        if pos == "NOUN" and (body := self._named_body(subject)) is not None:
            return body, phrase.text  # "Day's animal foundation" is the Doris Day Animal Foundation the story names
        if pos == "NOUN" and (agent := _made_by(subject)) is not None:
            # "Estimates by event organizers", "a report from the Mexican government", "a statement released by
            # Erdogan's office"
            return self.resolve(agent)
        if pos == "NOUN" and subject.lemma_.lower() in DOCUMENT_NOUNS \
                and (author := self._author_of(subject)) is not None:
            return author, phrase.text
        if pos == "NOUN" and subject.lemma_.lower() in READ_TEXTS \
                and (author := self._stated_author(subject)) is not None:
            return author, phrase.text  # '"...," read a note he sent to staff'
        if lower in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl" and subject.head.head.i < subject.i:
            # "Toronto Police, which said ...": the speaker is what the clause is about.
            return self.resolve(subject.head.head)
        if lower == "it" and (org := self.org_for_pronoun(subject)) is not None:
            return org, phrase.text
        if lower in GROUP_PRONOUNS and (group := self.group_for_pronoun(subject)) is not None:
            return group  # "they" after "Both officers indicated ..." are the officers
        if (lower in GROUP_PRONOUNS or lower in NOT_SPEAKERS) and not _acronym(subject):
            return None, phrase.text
        if pos == "PROPN":
            name = _flat_name(subject)
            return self.by_word.get(lower) or self._person_containing(name) or name, name
        if pos == "NOUN":
            determiner = next((c.lower_ for c in subject.children if c.dep_ in ("det", "poss")), "")
            possessor = next((c for c in subject.children if c.dep_ == "poss"), None)
            # "his publicist" is not "him", and with no such role in the article it stays unnamed.
            definite = determiner in ("the", "this") or possessor is not None and possessor.pos_ == "PROPN"
            # "Analysts had said": a plural noun is never the one person introduced by it ("analyst Priya Nair").
            if subject.lemma_.lower() in FAMILY_NOUNS | PERSON_NOUNS and not _indefinite(subject) \
                    and tag != "NNS" and (introduced := self._introduced_as(subject)) is not None:
                # "with his daughter Nettie Baker ... his daughter said": the person the story named by that noun.
                return introduced, phrase.text
            if lower in FAMILY_NOUNS and determiner == "the" and not any(
                    c.dep_ in ("prep", "acl", "relcl", "poss") for c in subject.children):
                # "The father said": like 'he', someone the story has already introduced, of that gender.
                antecedent = self.person_for_pronoun(subject)
                if isinstance(antecedent, str):
                    return antecedent, phrase.text
            if tag == "NN" and subject.lemma_.lower() in PERSON_NOUNS:
                # "the minister" refers back; "the head of the police's internal investigators" introduces someone new.
                bare = not any(c.dep_ in ("prep", "acl", "relcl") and not _occasion(c) for c in subject.children)
                person = self.person_for_role_noun(subject, fallback=definite and bare)
                if person is not None:
                    return person, phrase.text
            elif lower in OUTLET_NOUNS and (body := next(
                    (m for c in subject.children if c.dep_ == "compound" and c.i < subject.i
                     and (m := self.mention_at(c.idx, c.idx + len(c))) is not None and m.label == "ORG"), None)):
                return body.canonical, phrase.text  # "Time magazine announced": the magazine is Time
            elif tag == "NN" and definite and lower in ORG_NOUNS:
                if (org := self.org_for_noun(subject, refers_back=possessor is None)) is not None:
                    return org, phrase.text
            elif tag == "NN" and determiner == "the" and subject.lemma_.lower() not in DOCUMENT_NOUNS \
                    and (org := self._org_by_head_noun(subject)) is not None:
                return org, phrase.text  # "the academy" is the Royal Swedish Academy of Sciences the story named
            # Unnamed sources are named by the noun as written: "officials", "Local officials", "source".
            modifiers = [t for t in phrase if t.i <= subject.i and t.dep_ in ("amod", "compound") or t == subject]
            if possessor is not None and possessor.pos_ == "PROPN" and lower in ORG_NOUNS:
                # "Japan's foreign ministry": the body is named by its country as much as by its noun.
                return None, self.doc[possessor.left_edge.i:subject.i + 1].text
            of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is not None and subject.lemma_.lower() in PERSON_NOUNS:
                # "the head of the police's internal investigators": the role means nothing without its 'of'.
                return None, self.doc[modifiers[0].i:of.right_edge.i + 1].text
            glued = next((c for c in subject.children if c.dep_ == "appos" and c.left_edge.i == subject.i + 1
                          and c.pos_ != "PRON" and not any(t.is_punct for t in self.doc[subject.i + 1:c.i])), None)
            if glued is not None:
                # "an official government Twitter account" parsed as 'government' with an apposition: one noun phrase.
                return None, self.doc[modifiers[0].i:glued.i + 1].text
            return None, _as_written(modifiers)
        return None, phrase.text

    def _named_body(self, noun: Token) -> str | None:
        """An organisation written as its owner's possession with a common noun ('Day's animal foundation', 'the
        senator's campaign committee'): the one organisation of the article whose name holds the owner's name, the
        noun and its modifiers."""
        possessor = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if possessor is None:
            return None
        owner = {possessor.lower_}
        if (person := self.mention_at(possessor.idx, possessor.idx + len(possessor))) is not None:
            owner = set(person.canonical.casefold().split())
        words = {noun.lower_, noun.lemma_.lower()}
        modifiers = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i}
        found = {m.canonical for m in self.orgs
                 if (name := set(m.canonical.casefold().split())) & words and modifiers <= name
                 and possessor.lower_ in name and owner & name}
        return found.pop() if len(found) == 1 else None

    def _introduced_as(self, noun: Token) -> str | None:
        """The person an earlier phrase named with this noun in apposition or as a title ('his daughter Nettie
        Baker', 'Nettie Baker, his daughter', 'spokeswoman Jane Doe'): the last one before the noun, when only one
        person was introduced that way. A family noun with a possessor ('his surviving father says') may be named
        only later ('said his father, Abdullah Kurdi'), when no one was named by it before."""
        found = self._named_by(noun, self.doc[max(0, noun.i - ANTECEDENT_WINDOW):noun.i])
        if not found and noun.lemma_.lower() in FAMILY_NOUNS and any(c.dep_ == "poss" for c in noun.children):
            found = self._named_by(noun, self.doc[noun.i + 1:noun.i + ANTECEDENT_WINDOW])
        return found[-1] if len(set(found)) == 1 else None

    def _named_by(self, noun: Token, window: Span) -> list[str]:
        """The people named in apposition to or with a title of the noun's lemma within the window."""
        lemma = noun.lemma_.lower()
        ranks = {c.lower_ for c in noun.children} & (LOWER_RANKS | OWN_OFFICES)
        found: list[str] = []
        for token in window:
            if token.lemma_.lower() != lemma or token.pos_ not in ("NOUN", "PROPN"):
                continue
            if token.i and token.doc[token.i - 1].lower_ in (LOWER_RANKS | OWN_OFFICES) - ranks:
                continue  # 'Deputy Governor Oleg Klimov' is not who 'the governor' is, nor a prime minister 'the minister'
            linked = [c for c in token.children if c.dep_ in ("appos", "compound") and c.i > token.i]
            if token.dep_ in ("appos", "compound"):
                linked.append(token.head)
            for other in linked:
                mention = self.mention_at(other.idx, other.idx + len(other))
                if mention is not None and mention.label == "PERSON":
                    found.append(mention.canonical)
        return found

    def _author_of(self, document: Token) -> str | None:
        """Who speaks through a statement, report, filing or website: its possessor ('the NTSB's website', 'its
        website', 'the court's summary') or a name compounded with it ('a UN report'). A definite one with no
        author stated ('The statement also said', 'According to the filing') refers back: to the last document
        of that name whose author the text gave ('Ford said in a financial filing'), else to the source speaking
        just before."""
        if (author := self._stated_author(document)) is not None:
            return author
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in document.children)
        if not definite or any(c.dep_ in ("prep", "acl", "relcl") for c in document.children):
            return None
        if any(c.lower_ == "itself" for c in document.children):
            return None  # "The study itself outlined": the document set against what its people said
        if (author := self._antecedent_author(document)) is not None:
            return author
        if self.last_speaker and document.idx - self.last_speaker[1] < LAST_SPEAKER_REACH:
            return self.last_speaker[0]
        return None

    def _same_source(self, noun: Token) -> tuple[str | None, str] | None:
        """'this source', 'the same source': the source quoted just before, as it was named."""
        if noun.lemma_.lower() != "source" or noun.tag_ != "NN" or self.last_source is None \
                or noun.idx - self.last_source[2] > LAST_SPEAKER_REACH:
            return None
        if not any(c.dep_ == "det" and c.lower_ in ("this", "that") or c.dep_ == "amod" and c.lower_ == "same"
                   for c in noun.children):
            return None
        return self.last_source[0], self.last_source[1]

    def _stated_author(self, document: Token) -> str | None:
        possessor = next((c for c in document.children if c.dep_ == "poss"), None)
        if possessor is not None:
            if possessor.lower_ == "its":
                return self.org_for_pronoun(possessor)
            owner, _ = self.resolve(possessor)
            return owner
        for child in document.children:
            if child.dep_ == "compound" and (mention := self.mention_at(child.idx, child.idx + len(child))) \
                    and mention.label in ("PERSON", "ORG"):
                return mention.canonical
        if (agent := _made_by(document)) is not None:
            return self.resolve(agent)[0]
        for clause in (c for c in document.children if c.dep_ == "relcl" and c.lemma_.lower() in AUTHORING_VERBS):
            # "a note he sent to senior executives", "the letter which she signed": whoever wrote or sent it
            subject = _subject_of(clause)
            if subject is not None and subject.lower_ not in RELATIVE_PRONOUNS:
                return self.resolve(subject)[0]
        if document.dep_ == "dobj" and (subject := _subject_of(document.head)) is not None:
            # "They released a statement which said": whoever released or issued it
            return self.resolve(subject)[0]
        return None

    def _antecedent_author(self, document: Token) -> str | None:
        """The author of an earlier document with the same head noun, within reach: its stated author, or the
        named subject of the clause it appears in ('Trump, in a statement ..., announced')."""
        lemma = document.lemma_.lower()
        for token in reversed(self.doc[max(0, document.i - ANTECEDENT_WINDOW):document.i]):
            if document.idx - token.idx > LAST_SPEAKER_REACH:
                break
            if token.lemma_.lower() != lemma or token.pos_ != "NOUN":
                continue
            if (author := self._stated_author(token)) is not None:
                return author
            verb = token.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            subject = _subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
            if subject is not None and subject.i != token.i and subject.lemma_.lower() != lemma:
                speaker, _ = self.resolve(subject)
                if speaker is not None and self.speaks_in_person(speaker):
                    return speaker
        return None

    def _person_containing(self, name: str) -> str | None:
        """The one person whose full name holds every word of name ('Ubolratana' of 'Ubolratana Mahidol')."""
        words = set(name.casefold().split())
        found = {m.canonical for m in self.people if words <= set(m.canonical.casefold().split())}
        return found.pop() if len(found) == 1 else None

    def _conjoined(self, subject: Token) -> tuple[str, str] | None:
        """'The Investigative Committee and the Federal Security Service (FSB) said': both speak, named as written
        without the parenthesis."""
        first = _named_by_apposition(subject)
        # "Both the mayor, Lisa Grant, and the police chief, Dan Ortiz, said": the names in apposition speak.
        parts = [first, *[_named_by_apposition(c) for t in {subject, first} for c in t.children if c.dep_ == "conj"]]
        if len(parts) < 2 or not all(p.pos_ == "PROPN" or p.lower_ in ("he", "she") for p in parts) \
                or all(p.pos_ != "PROPN" for p in parts):
            return None
        names = []
        for part in parts:
            if part.pos_ != "PROPN":
                # "Both he and the county's commissioner Stephen Mold urged": the pronoun's person speaks too.
                if not isinstance(person := self.person_for_pronoun(part), str):
                    return None
                names.append(person)
                continue
            mention = self.mention_at(part.idx, part.idx + len(part))
            if mention is None or mention.label not in ("PERSON", "ORG"):
                return None
            if mention.canonical not in names:
                names.append(mention.canonical)
        if len(names) < 2:
            return None  # two mentions of one body ("... Administration's "Hurricane Hunters"") are not two speakers
        words, depth = [], 0
        for token in _subject_phrase(subject):
            depth += token.text == "("
            if not depth:
                words.append(token.text_with_ws)
            depth -= token.text == ")" and depth > 0
        return " and ".join(names), "".join(words).strip()

    def _person_closing(self, token: Token, phrase: Span) -> str | None:
        """'The EU envoy to Nepal, Rensje Teerink,': a person named after a comma at the end of the subject, whom the
        model hangs on the place or body of the title's 'to' or 'of' rather than on the title (and may not tag)."""
        name = self.doc[token.left_edge.i:token.i + 1]
        if token.i + 1 < phrase.end or self.doc[name.start - 1].text != "," or phrase.root.lower_ not in PERSON_NOUNS:
            return None
        mention = self.mention_at(token.idx, token.idx + len(token))
        if mention is not None:
            return mention.canonical if mention.label == "PERSON" else None
        untagged = 2 <= len(name) <= 3 and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha
                                               and not t.ent_type_ for t in name)
        return name.text if untagged else None

    def _named_in(self, subject: Token) -> str | None:
        """A name in the subject: its head word, an appositive ('spokesperson, Steffen Seibert') or a name inside it
        that is not someone else's ('US Ambassador to Germany Richard Grenell', not 'Merkel's spokesperson')."""
        mention = self.mention_at(subject.idx, subject.idx + len(subject))
        if mention is not None and mention.label == "PERSON":
            return mention.canonical
        phrase = _subject_phrase(subject)
        # "Nikki Holland of the UK's National Crime Agency (NCA)": an apposition inside the 'of' phrase names the
        # agency, not the speaker.
        in_preposition = {t.i for c in subject.children if c.dep_ == "prep" for t in c.subtree}
        for token in phrase:
            # "University of California, San Diego's chancellor, Pradeep Khosla": the name in apposition.
            if token.dep_ == "appos" and token.pos_ == "PROPN" and token.i in in_preposition \
                    and (closing := self._person_closing(token, phrase)) is not None:
                return closing
            if token.dep_ == "appos" and token.pos_ == "PROPN" and token.head.i >= phrase.start \
                    and token.i not in in_preposition \
                    and not (self.doc[token.i - 1].text == "(" and (any(
                        m.label == "PERSON" for m in self.mentions_in(token.idx, phrase.end_char))
                        or _titled_name_after(self.doc[token.i + 1:phrase.end]))):
                # (not "Reserve Bank of India (RBI) Governor Shaktikanta Das": the acronym in brackets before a name)
                inner = self.mention_at(token.idx, token.idx + len(token))
                if inner is not None and inner.label in ("PERSON", "ORG"):
                    return inner.canonical
                if inner is None and token.text[:1].isupper():
                    return self.by_word.get(token.lower_, _flat_name(token))
        if mention is not None and mention.label in ("GPE", "LOC") and any(
                c.dep_ == "compound" and c.i < subject.i and (inner := self.mention_at(c.idx, c.idx + len(c)))
                is not None and inner.label == "ORG" for c in subject.children):
            return _flat_name(subject)  # "CNN Philippines reported": an outlet's name ending in a place
        if mention is not None and mention.label == "ORG" and mention.text == subject.text:
            # "The Lost 52 Project": words and numbers of the name the model left out of the entity.
            left = [c for c in subject.children if c.i < subject.i and c.dep_ in ("compound", "nmod", "nummod")
                    and (c.pos_ in ("PROPN", "NUM") and not c.ent_type_ in ("DATE", "GPE", "PERSON"))]
            if left and all(t in left for t in self.doc[left[0].i:subject.i]):
                return self.doc[left[0].i:subject.i + 1].text
        if mention is not None and mention.label == "ORG" and (holder := self._office_holder_at_end(phrase)) is not None:
            return holder
        if mention is not None and mention.label in SPEAKER_LABELS and mention.label != "NORP":
            return mention.canonical
        for clause in subject.children:
            # "A university student named Wong", "a nurse called Maria": the name the clause gives is the speaker's.
            if clause.dep_ == "acl" and _naming(clause):
                for name in clause.children:
                    if name.dep_ in ("oprd", "attr", "dobj") and name.pos_ == "PROPN":
                        inner = self.mention_at(name.idx, name.idx + len(name))
                        if inner is not None and inner.label == "PERSON":
                            return inner.canonical
                        return self.by_word.get(name.lower_, _flat_name(name))
        owned = {t.i for c in subject.children if c.dep_ in ("poss", "relcl", "acl", "appos") for t in c.subtree}
        if subject.tag_ == "NNS":
            # "scientists from the University of Bristol and UC Davis": where they work, whatever the model tags it
            owned |= {t.i for c in subject.children if c.dep_ == "prep" and c.lower_ in AFFILIATION_PREPOSITIONS
                      for t in c.subtree}
            # "Eight opposition leaders including Kebzabo said": the group speaks, not the one member it names
            owned |= {t.i for c in subject.children if c.dep_ == "prep" and c.lower_ in ("including", "like")
                      for t in c.subtree}
        for inner in self.mentions_in(phrase.start_char, phrase.end_char):
            head = self._token(inner)
            if inner.label == "PERSON" and head is not None and head.i not in owned:
                return inner.canonical
        if mention is not None and mention.label == "NORP" and subject.pos_ == "PROPN":
            return mention.canonical
        return None


    def _office_holder_at_end(self, phrase: Span) -> str | None:
        """'Department of Public Safety Director Frank Milstead announced ...': the model makes the organisation the
        subject and hangs the rest on its 'of'; the person who ends the phrase after a title holds the office and
        speaks. Not 'the office of President Joe Smith', where the title follows 'of'."""
        people = [m for m in self.mentions_in(phrase.start_char, phrase.end_char) if m.label == "PERSON"]
        if not people or people[-1].end != phrase.end_char:
            return None
        name = self.doc.char_span(people[-1].start, people[-1].end, alignment_mode="expand")
        if name is None or name.start - 2 < phrase.start:
            return None
        title, before = self.doc[name.start - 1], self.doc[name.start - 2]
        if title.text.rstrip(".").casefold() in PERSON_TITLES | ROLE_WORDS and title.text[:1].isupper() \
                and before.lower_ not in ("of", "the", "for", "to"):
            return people[-1].canonical
        return None


# Prepositions that tie people to the body they belong to: "researchers from", "doctors at", "staff with".
AFFILIATION_PREPOSITIONS = {"from", "at", "with", "in"}
PARTITIVE_WORDS = {"some", "one", "many", "several", "most", "all", "few", "two", "three", "none", "each", "both",
                   "majority", "number", "dozens", "hundreds", "thousands"}


# Nouns for a body of people that news writing refers back to as 'they' ('a team of scientists ... They found').
COLLECTIVE_NOUNS = {"team", "group", "panel", "consortium", "coalition", "delegation", "crew", "committee"}


def _bare_attribution(clause: Token) -> bool:
    """'the governor said' with nothing said: a reporting verb whose only dependants are its subject and punctuation."""
    return clause.lemma_.lower() in SPEECH_VERBS | {"report"} \
        and all(c.dep_ in ("nsubj", "punct", "aux", "advmod") for c in clause.children) \
        and any(c.dep_ == "nsubj" for c in clause.children)


def _age_noun(token: Token) -> bool:
    """'the 54-year-old': a person named by age alone, with 'the' before it."""
    doc = token.doc
    return token.lower_ == "old" and token.i >= 4 and doc[token.i - 1].text == "-" \
        and doc[token.i - 2].lemma_.lower() == "year" and any(c.lower_ == "the" for c in token.children)


def _complementiser(tokens: list[Token]) -> bool:
    """A clause's opening 'that' that only introduces it: another subject follows it ('that hospitals were')."""
    return len(tokens) > 2 and tokens[0].dep_ in ("nsubj", "nsubjpass") and tokens[1].dep_ in ("nsubj", "nsubjpass") \
        or len(tokens) > 2 and tokens[1].dep_ == "det" and tokens[2].dep_ in ("nsubj", "nsubjpass")


def _acronym(token: Token) -> bool:
    """'WHO' or 'US' in capitals: an organisation or a country, not the pronoun spelt the same."""
    return len(token.text) > 1 and token.text.isupper()


def _named_by_apposition(noun: Token) -> Token:
    """The name set beside a common noun ('the mayor, Lisa Grant'), else the noun itself."""
    if noun.pos_ != "NOUN":
        return noun
    return next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), noun)


def _partitive_members(noun: Token) -> Token | None:
    """The plural noun of 'a team of scientists': who the body is made of."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    members = next((g for g in of.children if g.dep_ == "pobj" and g.tag_ == "NNS"), None) if of is not None else None
    return members if members is not None and members.right_edge.i == members.i else None


def _partitive_of(subject: Token) -> Token | None:
    """'Some of the protesters': the people the part is taken from."""
    if subject.lower_ not in PARTITIVE_WORDS:
        return None
    for child in subject.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            members = [g for g in child.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
            if members:
                return members[0]
    return None


def _according_source(token: Token) -> bool:
    """The X of 'according to X'."""
    return token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"


def _made_by(subject: Token) -> Token | None:
    """'Estimates by event organizers', 'a report by The Atlantic', 'data from the Gun Violence Archive', 'a
    statement released by Erdogan's office': whoever made the report speaks through it. 'From' names an author
    only when it is a name or an organisation ('data from 2017' does not)."""
    if subject.lemma_.lower() not in READ_TEXTS:
        return None
    preps = [c for c in subject.children if c.dep_ == "prep" and c.lower_ in ("by", "from")]
    preps += [g for c in subject.children if c.dep_ == "acl" for g in c.children
              if g.dep_ == "agent" or g.dep_ == "prep" and g.lower_ == "by"]
    for prep in preps:
        source = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if source is None:
            continue
        if prep.lower_ == "by" or source.pos_ == "PROPN" or source.lower_ in ORG_NOUNS \
                or source.lemma_.lower() in PERSON_NOUNS:
            return source  # "a letter from the minister" too
    return None


def _indefinite(noun: Token) -> bool:
    return any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another", "some") for c in noun.children)


def _clause_rank(verb: Token) -> int:
    """How strongly a subject holds the stage: subject of a reporting verb, of the main clause, of anything else."""
    return 2 if _reporting_verb(verb) else 1 if verb.dep_ == "ROOT" else 0


def _titled_name_after(words: Span) -> bool:
    """') Chairman A S Kiran Kumar': a title and a capitalised name after an acronym's closing bracket."""
    words = [t for t in words if t.text != ")"]
    return len(words) >= 2 and words[0].lower_ in PERSON_NOUNS and all(t.text[:1].isupper() for t in words[1:])


# Nouns for whoever heads a body, which news writing uses for one another ("chairman X ... the EC chief").
HEAD_NOUNS = {"chief", "head", "boss", "leader", "chairman", "chairwoman", "chairperson", "chair", "director"}


def _org_forms(org: str) -> set[str]:
    """The lower-case words of an organisation's name and its initials: 'Election Commission' → {election,
    commission, ec}."""
    words = [word for word in org.casefold().split() if word not in ("of", "the", "and", "for")]
    return set(words) | ({"".join(word[0] for word in words)} if len(words) > 1 else set())


def _pronoun_gender(pronoun: Token) -> str | None:
    return {"he": "m", "him": "m", "she": "f", "her": "f"}.get(pronoun.lower_)


def _noun_gender(noun: Token) -> str | None:
    word = noun.lower_
    return "m" if word in MALE_WORDS else "f" if word in FEMALE_WORDS else None


def _lemma_gender(noun: Token) -> str | None:
    """The gender a plural or singular noun of family or title tells ('daughters', 'sons', 'spokeswomen')."""
    word = noun.lemma_.lower()
    return "m" if word in MALE_WORDS else "f" if word in FEMALE_WORDS else None


def _clause_head(name: Token) -> Token:
    """The verb whose subject a name is (through an apposition or title), or the name itself."""
    while name.dep_ in ("appos", "compound") and name.head is not name:
        name = name.head
    return name.head if name.dep_ in ("nsubj", "nsubjpass", "attr") else name


def _named_by_copula(head: Token) -> bool:
    """A name a copula introduces ('One is Denis Kovalchuk, a student', 'The winner was Jane Doe'): the person the
    sentence is about, as much as a subject is."""
    while head.dep_ in ("appos", "compound") and head.head is not head:
        head = head.head
    return head.dep_ == "attr" and head.head.lemma_ == "be"


def _is_subject(head: Token) -> bool:
    """A name that is the subject of its clause, or in apposition to or a title of the subject."""
    if head.dep_ in ("nsubj", "nsubjpass") or _passive_agent(head):
        return True
    if head.dep_ == "npadvmod" and head.pos_ == "PROPN" and head.head.pos_ == "VERB" and head.head.i == head.i + 1 \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.head.children):
        return True  # "Focusing on his troops Hansen paid tribute": a name the parser left as a modifier of its verb
    # "the MySpace terms of use were ...": a name that only modifies a common noun is not what the clause is about.
    return (head.dep_ == "appos" or head.dep_ == "compound" and head.head.pos_ == "PROPN") \
        and (head.head.dep_ in ("nsubj", "nsubjpass") or _passive_agent(head.head))


def _passive_agent(head: Token) -> bool:
    """The doer of a passive main clause, who is its subject in sense: "This was revealed by Mr Emmanuel Ainebyoona".
    Not in a clause below it ("Akwashiki noted it was sponsored by Sabi Abdullahi"), where the subject above wins."""
    return head.dep_ == "pobj" and head.head.dep_ == "agent" and head.head.head.dep_ == "ROOT"


def _as_written(words: list[Token]) -> str:
    """Words of a name as the text writes them: 'WSET-TV' stays hyphenated when the hyphen joins two of them."""
    doc = words[0].doc
    joined = [words[0]]
    for word in words[1:]:
        between = doc[joined[-1].i + 1:word.i]
        joined += [*between, word] if len(between) == 1 and between[0].tag_ == "HYPH" else [word]
    return "".join(t.text_with_ws for t in joined[:-1]) + joined[-1].text if len(joined) > len(words) \
        else " ".join(t.text for t in words)


def _flat_name(subject: Token) -> str:
    """A proper-noun subject the model did not tag as an entity: its compound words and itself ('Tomasz Kubiak')."""
    start = subject.i
    # "Emergency Situations Ministry": compounds of compounds belong to the name too.
    while start > 0 and subject.doc[start - 1].dep_ == "compound" and subject.doc[start - 1].pos_ == "PROPN" \
            and subject.doc[start - 1].head.i in range(start, subject.i + 1):
        start -= 1
    # "Cardinal Marc Ouellet": a title is not part of the name.
    while start < subject.i and subject.doc[start].lower_ in PERSON_TITLES | DESCRIBING_NOUNS:
        start += 1  # (and "Resident Sandy Moll": a word that says who she is in the story)
    return " ".join(t.text for t in subject.doc[start:subject.i + 1])


def _subject_phrase(subject: Token) -> Span:
    """The words that name the subject, without a clause about it ('Cherry, who led the petition', 'a statement
    which said, "..."', 'Steve Peers, speaking to BBC') or the occasion ('the official in an interview'), but with
    one that names it ('a protester using the pseudonym Katya')."""
    clauses = {t.i for c in subject.children if (c.dep_ in ("relcl", "acl") and c.i > subject.i
               and not (c.dep_ == "acl" and (any(t.ent_type_ == "PERSON" for t in c.subtree) or _naming(c)))
               or c.i > subject.i and _occasion(c))
               for t in c.subtree}
    tokens = [t for t in subject.subtree
              if t.i not in clauses and t.dep_ not in ("punct", "relcl", "acl") and not t.is_space or t == subject]
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens) + 1
    doc = subject.doc
    opened = sum(t.text == "(" for t in doc[start:end]) - sum(t.text == ")" for t in doc[start:end])
    if opened > 0 and end < len(doc) and doc[end].text == ")":
        end += 1  # "the National Hurricane Center (NHC)": the bracket the name opened closes with it
    return doc[start:end]


def _read_text(token: Token) -> Token | None:
    """The written thing 'read' gives the words of, as its subject or, inverted after a quotation, its object: what
    speaks there is the text, not whoever spoke last."""
    if token.lemma_.lower() != "read" or token.pos_ != "VERB":
        return None
    return next((c for c in token.children if c.dep_ in ("nsubj", "dobj") and c.pos_ == "NOUN"
                 and c.lemma_.lower() in READ_TEXTS), None)


# What makes a written thing its sender's words: "a note he sent", "the letter she signed".
AUTHORING_VERBS = {"send", "write", "sign", "pen", "post", "publish", "issue", "release", "circulate", "email", "tweet"}
# Where or when someone spoke, which does not tell a new person apart: "said the official in an interview".
OCCASION_NOUNS = {"interview", "statement", "conference", "briefing", "speech", "address", "appearance", "hearing",
                  "meeting", "session", "broadcast", "post", "message", "video", "call", "email", "letter", "podcast"}


def _occasion(preposition: Token) -> bool:
    """'in an interview with the newspaper', 'on Monday', 'at a news conference': when and where, not who."""
    if preposition.dep_ == "prep" and preposition.lower_ in ("after", "before", "following"):
        return True  # "said the former skipper after the defeat": when he said it
    if preposition.dep_ != "prep" or preposition.lower_ not in ("in", "on", "at", "during", "to"):
        return False
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.lemma_.lower() in OCCASION_NOUNS or o.ent_type_ in ("DATE", "TIME")
                                 for o in objects)


def _naming(clause: Token) -> bool:
    """A clause that gives a name: 'named Wong', 'called Maria'."""
    return clause.lemma_.lower() in ("name", "call") and clause.tag_ == "VBN"


def _reporting_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in REPORTING_VERBS


def _parenthetical_cue(token: Token) -> bool:
    """A reporting word set off inside a clause with its own subject ('..., they reason, ...'), which the tagger may
    take for a noun."""
    return token.dep_ == "parataxis" and token.lemma_.lower() in REPORTING_VERBS \
        and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in token.children)


def _subject_of(verb: Token, quoted: list[tuple[int, int]] = ()) -> Token | None:
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    if len(subjects) > 1:
        # "Mnangagwa, whose ZANU-PF party has held power, claimed": the relative's noun is no subject of the verb
        subjects = [child for child in subjects if not any(c.lower_ == "whose" for c in child.children)] or subjects
    if subjects:
        # "said study co-author Professor Carl Lipo": the model may split one subject in two; the name wins.
        # "A growing number ... pledge allegiance, the minister pointed out": the subject nearest the verb.
        return next((child for child in subjects if child.ent_type_ == "PERSON"), subjects[-1])
    for child in verb.children:
        # "were reported by local media": the agent reports.
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() in QUOTED_AS_VERBS:
        # "Mayor John Kerr was quoted as saying ...": who was quoted says it.
        return next((c for c in verb.head.head.children if c.dep_ == "nsubjpass"), None)
    if any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children):
        return None  # "Zimbabwe had a strong economy and was called ...": who is called does not speak
    if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and _reporting_verb(verb) and not _reporting_verb(verb.head) \
            and _reporting_verb(verb.head.head) and not _inside(quoted, verb.head.head.idx, verb.head.head.idx + 1):
        # "Alvarado said many of the mines did not meet ... and added that ...": the model hangs 'added' on the
        # reported clause; who said it adds to it
        return _subject_of(verb.head.head, quoted)
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX") \
            and not _inside(quoted, verb.head.idx, verb.head.idx + 1):
        # "said ..., further saying": the subject of the clause it hangs on, never one inside a quotation
        return _subject_of(verb.head, quoted)
    return None


def _cue_text(verb: Token) -> str:
    particles = [child.text for child in verb.children if child.dep_ == "prt"]
    return " ".join([verb.text, *particles])


def _sentence_text(doc: Doc, start: int, end: int) -> str:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return text_of(doc)[start:end]
    first, last = sentence_of(span[0]), sentence_of(span[-1])
    return text_of(doc)[first.start_char:last.end_char].strip()


def quotation_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Content spans inside quotation marks, paragraph by paragraph; an opening mark left open runs to the paragraph end."""
    spans = []
    offset = 0
    paragraphs = text.split("\n")
    for index, paragraph in enumerate(paragraphs):
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
        elif len(QUOTE_MARKS.findall(rest)) == 1 and (mark := _opening_left_open(rest, paragraphs[index + 1:])) >= 0:
            spans.append((begin + last_end + mark + 1, begin + len(paragraph)))
    return [(s, e) for s, e in spans if s >= start]


def _opening_left_open(rest: str, following: list[str]) -> int:
    """Where a quotation opens after the attribution and runs on into the next paragraph ('Mr Dale added: “Yes,
    we will.' then '“The plan is clear.”'): an opening mark after a space or a colon, with words after it, and the
    next paragraph opening with a mark of its own. -1 when the paragraph has no such mark."""
    mark = QUOTE_MARKS.search(rest).start()
    after_space = mark > 0 and rest[mark - 1] in " :\t"
    following_text = next((paragraph.strip() for paragraph in following if paragraph.strip()), "")
    if rest[mark] != "”" and after_space and rest[mark + 1:].strip() and following_text.startswith(("\"", "“")):
        return mark
    return -1


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    while start < end and text[start] in TRAILING:
        start += 1
    return start, end


def _speaker_near(doc: Doc, resolver: SpeakerResolver, start: int, end: int,
                  quoted: list[tuple[int, int]] = ()) -> tuple[str | None, str, str] | None:
    """Who a quotation is attributed to, by the first rule that applies:
    1. a clause that introduces it with a colon ('X praised Mendez on Twitter: "..."');
    2. a reporting verb in its sentences, outside every quotation: the verb the quotation hangs on in the parse
       first, then the nearest one ('"...," she said' beats a 'said' further along the sentence);
    3. an 'according to X' in its sentence;
    4. the subject of the clause the quotation is part of ('Trump characterized the call as "..."');
    5. a 'X said:' sentence just before it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    if (owner := _owner_of_quoted_words(span)) is not None:
        speaker, speaker_text = resolver.resolve(owner)
        if speaker is not None:
            return speaker, re.sub(r"\s*(?:'s|’s|'|’)$", "", speaker_text), owner.head.text
    sentences = sorted({sentence_of(span[0]), sentence_of(span[-1])}, key=lambda s: s.start)
    opening = sentences[0]
    introduced = text_of(doc)[opening.start_char:start].rstrip(" \"“\n").endswith(":")
    if opening.start_char < start and introduced:
        if (surface := _said_after(doc, resolver, end)) is not None:
            return surface  # 'Fellow Democrats were supportive: "...", wrote Elizabeth Warren': the named writer
        if (according := _according_to_source(opening, start, end)) is not None:
            speaker, speaker_text = _resolve_source(resolver, doc[according.head.i - 1], according)
            return speaker, speaker_text, "according to"
        # "Michael Morell praised Mendez on Twitter: "Tony was ..."": whoever does the introducing speaks; the main
        # verb first ("When asked if the UK needs more doses, Mr Dale added:" is Mr Dale's).
        root = opening.root
        main_first = [root] if root.idx < start else []
        for token in main_first + [t for t in opening if t != root]:
            if token.idx >= start:
                break
            if token.pos_ in ("VERB", "AUX") and (subject := _subject_of(token)) is not None and subject.idx < token.idx:
                document = next((c for c in token.children if c.dep_ == "dobj" and c.idx < start), None)
                if document is not None and (author := _made_by(document)) is not None:
                    # "The palace issued the following statement from the king:": the author speaks, not the issuer.
                    subject = author
                speaker, speaker_text = resolver.resolve(subject)
                people = [m for m in resolver.mentions_in(opening.start_char, start) if m.label == "PERSON"]
                if subject.ent_type_ in ("GPE", "LOC") and people:
                    # "Jo Anne Val Tilburg of the University of California, Los Angeles disagreed": a misparse.
                    return people[0].canonical, people[0].text, _cue_text(token)
                if speaker is not None or subject.pos_ == "NOUN" and speaker_text:
                    # An unnamed introducer ("an official government Twitter account made the following
                    # announcement:") is the source as written, not whoever spoke last.
                    return speaker, speaker_text, _cue_text(token)
    governing = _governing(span)
    candidates = []
    for sentence in sentences:
        for token in sentence:
            if start <= token.idx < end or not (_reporting_verb(token) or _read_text(token) is not None) \
                    or _inside(quoted, token.idx, token.idx + 1) or _reported_intention(token):
                continue
            distance = start - token.idx if token.idx < start else token.idx - end
            if token.i in governing:
                candidates.append((0, governing[token.i], distance, token.i))
            else:
                # Of the verbs the quotation does not hang on, the attribution is the one in the main clause (or
                # the one the parser hung on the quotation), not one inside another clause ('which the BBC noted').
                candidates.append((1, _embedding_depth(token, start, end), distance, token.i))
    for *_, index in sorted(candidates):
        token = _outer_reporter(doc[index], quoted)
        if token.lemma_.lower() in CLAUSE_ONLY_VERBS - {"call", "order"} \
                and (thing := _subject_of(token, quoted)) is not None \
                and thing.pos_ in ("NOUN", "PROPN") and thing.ent_type_ != "PERSON" \
                and thing.lemma_.lower() not in PERSON_NOUNS \
                and any(_according_to_source(sentence, start, end) is not None for sentence in sentences):
            continue  # "According to X, the contest shows young people the "open doors"": X's words, not the contest's
        subject = _read_text(token) or _subject_of(token, quoted) \
            or _inverted_subject(token, after_quote=0 <= token.idx - end <= 4)
        if subject is not None and token.lemma_.lower() in ("show", "find") and not _rules(subject):
            continue  # 'officers ... had shown "great professionalism"': what they showed, not what they said
        if subject is not None and not (start <= subject.idx < end):
            speaker, speaker_text = resolver.resolve(subject)
            return speaker, speaker_text, _cue_text(token)
        if subject is None and token.dep_ == "ROOT" and token.idx < start:
            # "..., the president of the League, Jamel Msallem, said": the model lost the subject in the
            # appositions; the last person named before the verb speaks.
            people = [m for m in resolver.mentions_in(token.sent.start_char, token.idx) if m.label == "PERSON"]
            if people:
                return people[-1].canonical, people[-1].text, _cue_text(token)
    if (surface := _said_after(doc, resolver, end)) is not None:
        return surface
    for sentence in sentences:
        if (according := _according_to_source(sentence, start, end)) is not None:
            speaker, speaker_text = _resolve_source(resolver, doc[according.head.i - 1], according)
            return speaker, speaker_text, "according to"
    if (clause := _clause_speaker(resolver, span, governing, quoted)) is not None:
        return clause
    first = sentences[0]
    if first.start > 0:
        previous = sentence_of(doc[first.start - 1])
        if text_of(doc)[previous.start_char:start].rstrip(" \"“\n").endswith(":"):
            for token in previous:
                if _reporting_verb(token) and (subject := _subject_of(token)) is not None:
                    speaker, speaker_text = resolver.resolve(subject)
                    return speaker, speaker_text, _cue_text(token)
            mentions = [m for m in resolver.mentions_in(previous.start_char, previous.end_char) if m.label == "PERSON"]
            if mentions:
                return mentions[-1].canonical, mentions[-1].text, ":"
    return None


# Nouns for what someone said, whose 'that' clause gives the words: "Clinton's comments that "nobody likes" him".
WORDS_NOUNS = {"comment", "remark", "claim", "allegation", "assertion", "statement", "suggestion", "accusation",
               "insistence", "promise", "pledge", "warning", "description", "words", "declaration", "boast"}


def _owner_of_quoted_words(span: Span) -> Token | None:
    """'about Hillary Clinton's recent comments that "nobody likes" Sanders': quoted words in the clause of a noun
    for what someone said are the words of that noun's owner, not of the sentence's speaker."""
    clause = span.root
    noun = clause.head
    if clause.dep_ not in ("acl", "ccomp") or noun.pos_ != "NOUN" or noun.lemma_.lower() not in WORDS_NOUNS \
            or not any(c.dep_ == "mark" and c.lower_ == "that" and c.i < span.start for c in clause.children):
        return None  # 'opposed Macron's statement: "The French president's suggestion ..."' is the opposer's
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)


def _said_after(doc: Doc, resolver: SpeakerResolver, end: int) -> tuple[str, str, str] | None:
    """The surface pattern '"...," said X' / '"..." tweeted Mayor of London Sadiq Khan', read without the parse
    when the parse found no subject for the verb (it may take 'tweeted' for an adjective): a reporting verb right
    after the closing mark, then the first person named before the sentence ends, else the first organisation."""
    text = text_of(doc)
    after = re.match(r"[\s,]*[\"”]?[\s,]*", text[end:end + 6])
    position = end + (after.end() if after else 0)
    verb_span = doc.char_span(position, position + 1, alignment_mode="expand")
    if verb_span is None or not len(verb_span):
        return None
    verb = verb_span[0]
    if verb.lemma_.lower() not in REPORTING_VERBS and verb.lower_ not in REPORTING_VERBS | {"said", "says", "tweeted"}:
        return None
    stop = next((t for t in doc[verb.i + 1:verb.sent.end] if t.text in (".", ";", "!", "?") or t.text in "\"“”"),
                None)
    limit = stop.idx if stop is not None else verb.sent.end_char
    named = [m for m in resolver.mentions_in(verb.idx + len(verb), limit) if m.end <= limit]
    for label in ("PERSON", "ORG"):
        if (found := next((m for m in named if m.label == label), None)) is not None:
            return found.canonical, text[verb.idx + len(verb):found.end].strip(), _cue_text(verb)
    return None


def _governing(span: Span) -> dict[int, int]:
    """The tokens outside a quotation that it hangs on in the parse, and their ancestors, each with its distance
    up the tree: the words the quotation is the complement, object or clause of, nearest first. Punctuation is
    left out: a closing full stop hangs on whatever verb ends the sentence."""
    found: dict[int, int] = {}
    for token in span:
        head = token.head
        if token.is_punct or span.start <= head.i < span.end:
            continue
        for depth, ancestor in enumerate([head, *head.ancestors]):
            if found.get(ancestor.i, depth + 1) > depth:
                found[ancestor.i] = depth
    return found


MODALS = {"will", "would", "could", "may", "might", "should", "can", "must", "shall"}


# Verbs whose infinitive complement is speech not (yet) made: wanted, asked, refused or expected to say it.
UNSPOKEN_GOVERNORS = {"want", "ask", "order", "urge", "refuse", "decline", "expect", "plan", "intend", "hope", "need",
                      "fail", "force", "encourage", "invite", "request", "require", "allow", "permit", "demand", "seek",
                      "try", "promise", "call", "compel", "pressure", "press", "direct", "instruct", "prepare", "wish"}


# Verbs that give what was found out, which a court's or an inquiry's ruling states but research only observes.
FINDING_VERBS = {"find", "show", "demonstrate", "discover", "prove"}
RULING_BODIES = {"court", "judge", "jury", "tribunal", "inquiry", "inquest", "coroner", "magistrate", "justice",
                 "commission", "panel", "ombudsman", "watchdog", "regulator", "investigation", "investigator",
                 "prosecutor", "auditor", "audit", "probe", "review"}


def _rules(subject: Token) -> bool:
    """A body whose findings are a ruling or an official report ('The court found', 'the Supreme Court found')."""
    words = {t.lemma_.lower() for t in _subject_phrase(subject) if t.i <= subject.i or t.ent_type_}
    return bool(words & RULING_BODIES)


def _asked(sentence: Span, verb: Token, subject: Token) -> bool:
    """A question put to the subject ('Did you notice ...?', 'how well do you think ...?'): its auxiliary comes
    before its subject and the sentence asks."""
    return sentence.text.rstrip(" \"”'’\n").endswith("?") and any(
        c.dep_ == "aux" and c.i < subject.i and c.lemma_.lower() in ("do", "will", "would", "can", "could")
        for c in verb.children)


def _unspoken_infinitive(verb: Token) -> bool:
    """A speech verb in the infinitive under a verb of wanting, asking or refusing: what it would report is unsaid."""
    return verb.dep_ in ("xcomp", "ccomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and verb.head.lemma_.lower() in UNSPOKEN_GOVERNORS


def _reported_intention(verb: Token) -> bool:
    """A speech verb that is itself what someone else reports, as an intention or a possibility: 'Zarif said Iran
    would respond "at a time of its choosing"' is Zarif's quotation, not Iran's answer."""
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children) \
        and verb.dep_ == "ccomp" and _reporting_verb(verb.head)


def _embedding_depth(verb: Token, start: int, end: int) -> int:
    """How many clauses outside the quotation a verb sits in: 0 for the main clause or a clause the parser hung on
    the quotation itself."""
    depth = 0
    while verb.head.i != verb.i and not start <= verb.head.idx < end:
        verb = verb.head
        depth += verb.pos_ in ("VERB", "AUX")
    return depth


# Unnamed sources that one outlet reports about: 'Znak.com reported its source said ...' is Znak.com's report.
INNER_SOURCE_NOUNS = {"source", "sources", "official", "officials", "insider", "insiders", "witness", "witnesses"}


def _outer_reporter(verb: Token, quoted: list[tuple[int, int]]) -> Token:
    """In a nested report whose inner speaker is an unnamed source ('Reuters reported a source said "..."'), the
    outer reporting verb: the outlet answers for what its unnamed source said."""
    subject = _subject_of(verb, quoted)
    head = verb.head
    if subject is None or verb.dep_ != "ccomp" or head.i == verb.i or not _reporting_verb(head) \
            or (outer := _subject_of(head, quoted)) is None:
        return verb
    if subject.lower_ in INNER_SOURCE_NOUNS:
        return head
    # 'Dr Fox said that state authorities are advising ... others should start "rehearsing"': a group named by a
    # common noun inside a named person's report is part of that person's account, and the quoted words are theirs.
    if subject.pos_ == "NOUN" and subject.tag_ == "NNS" and not subject.ent_type_ \
            and (outer.ent_type_ == "PERSON" or outer.lower_ in ("he", "she")):
        return head
    return verb


def _according_to_source(sentence: Span, start: int, end: int) -> Token | None:
    """The X of an 'according to X' in the sentence, outside the quotation."""
    doc = sentence.doc
    for token in sentence:
        if token.lower_ == "according" and not start <= token.idx < end and token.i + 1 < sentence.end \
                and doc[token.i + 1].lower_ == "to":
            return next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
    return None


def _resolve_source(resolver: SpeakerResolver, according: Token, source: Token) -> tuple[str | None, str]:
    """The speaker of 'according to X'. When the parse gives no speaker or only a place ('According to Connecticut
    Senator Richard Blumenthal, ...' parsed with 'Connecticut' as the object), the words after 'to' up to the next
    comma are read as they stand: the person named there, else the organisation, is the source."""
    speaker, speaker_text = resolver.resolve(source)
    if speaker is not None and speaker not in resolver.place_names:
        return speaker, speaker_text
    doc = according.doc
    first = according.i + (1 if according.lower_ == "per" else 2)
    end = next((t.i for t in doc[first:according.sent.end] if t.text in (",", ";", ".")), according.sent.end)
    surface = doc[first:end]
    if not len(surface):
        return speaker, speaker_text
    text = text_of(doc)
    # A possessor is not the source: "a statement released by Erdogan's office" is the office's.
    named = [m for m in resolver.mentions_in(surface.start_char, surface.end_char)
             if m.end <= surface.end_char and not text.startswith(("'s", "’s", "'", "’"), m.end)]
    for label in ("PERSON", "ORG"):
        if (found := next((m for m in named if m.label == label), None)) is not None:
            return found.canonical, surface.text
    return speaker, speaker_text


def _clause_speaker(resolver: SpeakerResolver, span: Span, governing: dict[int, int],
                    quoted: list[tuple[int, int]]) -> tuple[str, str, str] | None:
    """A quotation set in a clause with no reporting verb belongs to that clause's subject when it is a named person
    or organisation: 'Trump characterized the call as "perfectly fine"', 'Graham spoke on Fox News, "..."',
    'Facebook released a statement which read, "..."'. Places ('Zimbabwe was called the "breadbasket"') and
    unnamed nouns do not speak this way."""
    doc = span.doc
    heads = sorted({t.head.i for t in span if not t.is_punct and not span.start <= t.head.i < span.end},
                   key=lambda i: governing.get(i, 0))
    for index in heads:
        verb = doc[index]
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.sent != span[0].sent and verb.sent != span[-1].sent:
            continue
        subject = _subject_of(verb, quoted)
        if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" \
                and verb.head.lemma_.lower() in DOCUMENT_NOUNS and verb.head.head.pos_ in ("VERB", "AUX"):
            verb = verb.head.head  # "released a statement which read": the one who released it
            subject = _subject_of(verb, quoted)
        if subject is None or span.start <= subject.i < span.end:
            continue
        if subject.pos_ == "NOUN" and subject.lemma_.lower() in DOCUMENT_NOUNS \
                and verb.lemma_.lower() not in NAMING_VERBS:
            continue  # 'The plan foresaw a "de-escalation"': the plan's words as the story puts them, not its author's
        speaker, speaker_text = resolver.resolve(subject)
        if speaker is not None and resolver.speaks_in_person(speaker):
            return speaker, speaker_text, _cue_text(verb)
    return None


# Verbs by which a document puts words to something: 'the statement called the attack "cowardly"'.
NAMING_VERBS = {"call", "describe", "term", "label", "brand", "dub", "characterise", "characterize", "name", "refer",
                "read", "say", "state", "declare", "condemn", "praise", "hail"}


# Verbs whose direct object is the one spoken to ("told Reuters"), never the speaker.
LISTENER_VERBS = {"tell", "told", "inform", "brief", "notify", "remind", "assure", "reassure", "ask", "warn", "urge",
                  "advise", "promise", "answer"}


def _inverted_subject(verb: Token, after_quote: bool = False) -> Token | None:
    """'..., stated Minister of Information Moammar al-Eryani': the subject follows the verb. Right after a
    quotation ('"...," said a protester') a common noun after the verb is the speaker too."""
    if verb.lemma_.lower() in LISTENER_VERBS:
        return None
    for child in verb.children:
        if child.i > verb.i and child.dep_ in ("dobj", "attr", "nsubj", "npadvmod") and (
                child.pos_ == "PROPN" or after_quote and child.pos_ == "NOUN"):
            return child
    return None


def extract_quotes(doc: Doc, mentions: list[Mention], skip_until: int = 0, roles: list[Fact] = ()) -> list[Fact]:
    """Direct quotations (each contiguous quoted span) and reported speech, each with its speaker.

    Sentences are read in order, so that the last speaker a pronoun may point to is the last one in the text;
    the role facts of the article map role nouns ("the minister") to the person who holds the role."""
    resolver = SpeakerResolver(doc, mentions, roles, skip_until)
    text = text_of(doc)
    facts: list[Fact] = []
    quoted = quotation_spans(text, skip_until)
    resolver.quoted = quoted
    pending = [_trim(text, start, end) for start, end in quoted]
    last: tuple[str | None, str, str, int] | None = None
    last_reported: tuple[str | None, str, str, int] | None = None
    next_quote = 0
    for sentence in sentences(doc):
        while next_quote < len(pending) and pending[next_quote][0] < sentence.end_char:
            start, end = pending[next_quote]
            next_quote += 1
            before = last
            if last_reported is not None and (last is None or last_reported[3] > last[3]) \
                    and not text[text.rfind("\n", 0, start) + 1:start].strip(" \"“"):
                # 'Andrews said the move would ... ¶ "I want to assure ...': a paragraph that opens with a lone
                # quotation after someone's reported words goes on with them, not with whoever was last quoted.
                before = last_reported
            if (fact := _direct_quote(doc, resolver, start, end, before, quoted)) is not None:
                fact.fields["speaker"] = resolver.full_name(fact.fields["speaker"])
                last = (fact.fields["speaker"], fact.fields["speaker_text"], fact.fields["cue"], end)
                resolver.remember(fact.fields["speaker"], end, fact.fields["speaker_text"])
                facts.append(fact)
        if sentence.end_char <= skip_until:
            continue
        for fact in _reported_speech(sentence, resolver, quoted):
            fact.fields["speaker"] = resolver.full_name(fact.fields["speaker"])
            facts.append(fact)
            resolver.remember(fact.fields["speaker"], fact.end, fact.fields["speaker_text"])
            if fact.fields["speaker"] is not None:
                last_reported = (fact.fields["speaker"], fact.fields["speaker_text"], fact.fields["cue"], fact.end)
    facts.sort(key=lambda f: f.start)
    return facts


def _direct_quote(doc: Doc, resolver: SpeakerResolver, start: int, end: int, last,
                  quoted: list[tuple[int, int]] = ()) -> Fact | None:
    """One quoted span with the speaker found around it, or the previous quote's speaker for a long lone quotation."""
    content = text_of(doc)[start:end]
    if not content.strip():
        return None
    found = _speaker_near(doc, resolver, start, end, quoted)
    words = len(content.split())
    if found is None and words >= MIN_LONE_QUOTE_WORDS:
        found = _introducing_subject(doc, resolver, start, quoted, last)
    if found is None:
        if words < MIN_LONE_QUOTE_WORDS or last is None or start - last[3] > LAST_SPEAKER_REACH:
            return None
        found = last[:3]
    elif words < MIN_LONE_QUOTE_WORDS and content.istitle():
        return None  # a quoted name or title, not speech
    speaker, speaker_text, cue = found
    if speaker is None and not speaker_text:
        return None
    return Fact("quote", start, end, _sentence_text(doc, start, end), {
        "speaker": speaker, "speaker_text": speaker_text, "cue": cue, "content": content, "direct": True,
    })


def _introducing_subject(doc: Doc, resolver: SpeakerResolver, start: int,
                         quoted: list[tuple[int, int]], last=None) -> tuple[str, str, str] | None:
    """A quotation with no attribution right after a sentence of the same paragraph that quotes nobody: that
    sentence's subject, when a named person or organisation, introduced it ('McGurk also criticized the decision
    via Twitter. "The WH statement ..."'). After a quoted sentence the quotation continues the last speaker's,
    unless that sentence only quoted a fragment nobody was found to say ('X talked about the series being
    underestimated "up 'til now." "I felt like ..."'): then its subject, not an earlier speaker, goes on."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or sentence_of(span[0]).start == 0:
        return None
    previous = sentence_of(doc[sentence_of(span[0]).start - 1])
    between = text_of(doc)[previous.start_char:start]
    quoted_before = QUOTE_MARKS.search(between[:-1] if between.endswith(("\"", "“")) else between)
    if "\n" in between.strip() or quoted_before and last is not None and last[3] > previous.start_char:
        return None
    subject = _subject_of(previous.root)
    if subject is None:
        return None
    speaker, speaker_text = resolver.resolve(subject)
    if speaker is None or not resolver.speaks_in_person(speaker):
        return None
    return speaker, speaker_text, _cue_text(previous.root)


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e + 1 for s, e in spans)


def _mostly_quoted(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    covered = sum(max(0, min(end, e) - max(start, s)) for s, e in spans)
    return covered >= 0.8 * (end - start)


def _sentence_body(sentence: Span) -> tuple[int, int]:
    return _trim(text_of(sentence.doc), sentence.start_char, sentence.end_char - (1 if sentence.text.rstrip()[-1:] in ".!?" else 0))


def _according_to(sentence: Span, resolver: SpeakerResolver, quoted: list[tuple[int, int]] = ()) -> Fact | None:
    doc = sentence.doc
    opener = next((t for t in sentence if not t.is_space), sentence[0])
    for token in sentence:
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            preposition = doc[token.i + 1]
        elif token == opener and token.lower_ == "per" and token.dep_ == "prep" and _reporting_verb(token.head) \
                and _subject_of(token.head) is not None and any(c.dep_ == "ccomp" for c in token.head.children):
            # "Per reports, the sources said ...": a nested report, which the outer source answers for. 'Per' alone
            # ("Per the decree, priests are expected to ...") is often 'in keeping with', not a source.
            preposition = token
        else:
            continue
        if _inside(quoted, token.idx, token.idx + 1):
            continue  # the quoted speaker's own "according to royal laws" is part of the quotation
        reporter = _subject_of(token.head) if _reporting_verb(token.head) else None
        if reporter is not None and reporter.lower_ not in RELATIVE_PRONOUNS and reporter.i < token.i \
                and any(child.dep_ == "ccomp" for child in token.head.children):
            # "X decided, according to the summary, '...'": a second source for X's own report, which the
            # reporting verb gives. Before the reporter ("According to investigators, the driver said he ...") it
            # is a nested report, and the outer source answers for all of it.
            continue
        objects = [child for child in preposition.children if child.dep_ == "pobj"]
        if not objects:
            continue
        source = objects[0]
        speaker, speaker_text = _resolve_source(resolver, token, source)
        phrase_start = token.idx
        phrase_end = source.right_edge.idx + len(source.right_edge)
        body_start, body_end = _sentence_body(sentence)
        before = _trim(text_of(doc), body_start, phrase_start)
        after = _trim(text_of(doc), phrase_end, body_end)
        before_words = len(text_of(doc)[before[0]:before[1]].split())
        after_words = len(text_of(doc)[after[0]:after[1]].split())
        if before_words >= 2 and after_words >= 2:
            start, end = body_start, body_end  # the attribution sits inside the claim
        else:
            start, end = before if before_words >= after_words else after
        if end - start < 3:
            return None
        return Fact("quote", start, end, sentence.text.strip(), {
            "speaker": speaker, "speaker_text": speaker_text, "cue": text_of(doc)[token.idx:preposition.idx + len(preposition)],
            "content": text_of(doc)[start:end], "direct": False,
        })
    return None


def _point_of_view(sentence: Span, resolver: SpeakerResolver) -> Fact | None:
    """'From his perspective, it means that ...', 'In the minister's view, ...': the owner of the view speaks."""
    doc = sentence.doc
    opener = next((t for t in sentence if not t.is_space), sentence[0])
    if opener.lower_ not in ("from", "in") or len(sentence) < 6:
        return None
    view = next((c for c in opener.children if c.dep_ == "pobj" and c.lemma_.lower() in VIEW_NOUNS), None)
    owner = next((c for c in view.children if c.dep_ == "poss"), None) if view is not None else None
    if owner is None or view.i + 1 >= sentence.end or doc[view.i + 1].text != ",":
        return None
    speaker, speaker_text = resolver.resolve(owner)
    body_start, body_end = _sentence_body(sentence)
    start, end = _trim(text_of(doc), doc[view.i + 1].idx + 1, body_end)
    if speaker is None or len(text_of(doc)[start:end].split()) < 3:
        return None
    return Fact("quote", start, end, sentence.text.strip(), {
        "speaker": speaker, "speaker_text": speaker_text, "cue": text_of(doc)[opener.idx:view.idx + len(view)],
        "content": text_of(doc)[start:end], "direct": False,
    })


def _reported_speech(sentence: Span, resolver: SpeakerResolver, quoted: list[tuple[int, int]]) -> list[Fact]:
    doc = sentence.doc
    facts = []
    taken: list[tuple[int, int]] = []
    if (view := _point_of_view(sentence, resolver)) is not None and not _mostly_quoted(quoted, view.start, view.end):
        facts.append(view)
        taken.append((view.start, view.end))
    if (according := _according_to(sentence, resolver, quoted)) is not None \
            and not _mostly_quoted(quoted, according.start, according.end):
        facts.append(according)
        taken.append((according.start, according.end))
    for fact in _document_clauses(sentence, resolver, quoted, taken):
        facts.append(fact)
        taken.append((fact.start, fact.end))
    for verb in sentence:
        if not (_reporting_verb(verb) or _parenthetical_cue(verb)) or _inside(quoted, verb.idx, verb.idx + 1) \
                or _inside(taken, verb.idx, verb.idx):
            continue
        if _bare_attribution(verb) and verb.dep_ == "ccomp" and _reporting_verb(verb.head) and verb.head.i < verb.i:
            continue  # "CNN Philippines reported the governor said": the outer reporter is the speaker
        if verb.lemma_.lower() in CLAUSE_ONLY_VERBS and verb.dep_ in ("advcl", "xcomp") \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            continue  # "held a rifle to show the invention could be used": a purpose, not something said
        if any(c.dep_ in ("dobj", "ccomp") and c.lower_ in ("what", "whatever") and c.i < verb.i for c in verb.children):
            continue  # "if that is what the evidence suggests, she said": a free relative reports nothing
        if _unspoken_infinitive(verb):
            continue  # "The council wants X to explain why ...", "refused to say whether ...": nothing was said
        if verb.dep_ == "advcl" and verb.head.pos_ in ("ADJ", "ADV") \
                and any(c.dep_ == "mark" and c.lower_ in ("as", "than") for c in verb.children):
            continue  # "not as extensive as BP indicated", "worse than analysts expected": a measure, not a report
        subject = _subject_of(verb) or (_inverted_subject(verb) if verb.dep_ in ("ccomp", "parataxis") else None)
        if subject is not None and _asked(sentence, verb, subject):
            continue  # "Why do you think that might be?": an interviewer's question reports nothing
        if subject is not None and verb.lemma_.lower() in FINDING_VERBS and not _rules(subject):
            continue  # "The researchers found ...", "Results showed ...": a finding, not something anyone said
        if subject is None or subject.lower_ in NOT_SPEAKERS and not _acronym(subject) and not (
                subject.lower_ == "it" and resolver.org_for_pronoun(subject) is not None
                or subject.lower_ in ("who", "which") and verb.dep_ == "relcl" and verb.head.i < subject.i):
            continue
        span = _reported_content(sentence, verb, subject)
        if span is None:
            continue
        start, end = span
        if len(text_of(doc)[start:end].split()) < 3 or _mostly_quoted(quoted, start, end):
            continue
        if any(c.dep_ == "ccomp" and c.i < verb.i and _inside(quoted, c.idx, c.idx + 1)
               and all(_inside(quoted, s.idx, s.idx + 1) for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))
               for c in verb.children):
            # 'When she was cast, "I was speechless," she told them': the clause reported is the quotation. Not
            # 'The agency "will not hesitate" to act if needed, she said', whose subject is outside the quoted words.
            continue
        speaker, speaker_text = resolver.resolve(subject)
        if speaker is None and not speaker_text:
            continue
        taken.append((start, end))
        facts.append(Fact("quote", start, end, sentence.text.strip(), {
            "speaker": speaker, "speaker_text": speaker_text, "cue": _cue_text(verb),
            "content": text_of(doc)[start:end], "direct": False,
        }))
    return facts


# Documents whose 'that' clause is what they say ('issued a statement that ...', 'published a report that ...').
SAYING_DOCUMENTS = MEDIUM_NOUNS | {"report", "announcement", "notice", "memo", "ruling", "finding", "filing"}


def _content_clause_of(noun: Token, clause: Token) -> bool:
    """A clause with a subject that tells what the noun says: 'a statement that the strike ...' or 'a statement to
    the effect (that) the strike ...', however the parser hangs it."""
    if clause.dep_ not in ("acl", "ccomp", "relcl") or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    between = " ".join(t.lower_ for t in noun.doc[noun.i + 1:clause.left_edge.i])
    has_that = any(c.dep_ == "mark" and c.lower_ == "that" and c.i < clause.i for c in clause.children)
    return between == "" and has_that and clause.head == noun or between == "to the effect"


def _document_clauses(sentence: Span, resolver: SpeakerResolver, quoted: list[tuple[int, int]],
                      taken: list[tuple[int, int]]) -> list[Fact]:
    """'The Department issued a statement that an inmate had been stabbed': a document's 'that' clause with a subject
    of its own is reported speech of whoever issued the document."""
    doc = sentence.doc
    facts = []
    for noun in sentence:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SAYING_DOCUMENTS or noun.dep_ != "dobj" \
                or _inside(quoted, noun.idx, noun.idx + 1) or _inside(taken, noun.idx, noun.idx):
            continue
        if (subject := _subject_of(noun.head)) is None:
            continue
        clause = next((c for c in sentence[noun.i + 1 - sentence.start:] if _content_clause_of(noun, c)), None)
        if clause is not None:
            tokens = [t for t in clause.subtree if not (t.dep_ == "mark" and t.lower_ == "that" and t.head == clause)]
            span = _trim(text_of(doc), tokens[0].idx, _strip_final(tokens[-1]))
        elif (saying := next((c for c in noun.children if c.dep_ == "acl" and c.i == noun.i + 1 and c.tag_ == "VBG"
                              and c.lemma_.lower() in SPEECH_VERBS), None)) is not None:
            span = _reported_content(sentence, saying, noun)  # "released a statement saying (that) ..."
        else:
            continue
        if span is None:
            continue
        start, end = span
        if len(text_of(doc)[start:end].split()) < 3 or _mostly_quoted(quoted, start, end):
            continue
        speaker, speaker_text = resolver.resolve(subject)
        if speaker is None and not speaker_text:
            continue
        facts.append(Fact("quote", start, end, sentence.text.strip(), {
            "speaker": speaker, "speaker_text": speaker_text, "cue": _cue_text(noun.head) + " " + noun.text,
            "content": text_of(doc)[start:end], "direct": False,
        }))
    return facts


# Verbs of speaking proper: a participle of one after a report is a second report ('..., saying ...'), where one of
# inference is part of the first ('found that ..., indicating ...').
SPEECH_VERBS = {"say", "add", "note", "claim", "state", "explain", "argue", "insist", "stress", "warn", "tell", "write",
                "tweet", "declare", "admit", "acknowledge", "allege", "assert", "remark", "reveal", "promise", "vow",
                "deny", "emphasise", "emphasize", "reiterate", "repeat", "recall", "mention", "complain", "predict"}


def _reported_content(sentence: Span, verb: Token, subject: Token) -> tuple[int, int] | None:
    """The reported clause: after the verb ('said that X'), before it ('X, officials said') or around it."""
    doc = sentence.doc
    if (split := _object_split_from_its_clause(verb)) is not None:
        return split
    # "..., CNN Philippines reported the governor said.": an inner attribution with nothing of its own to report
    # leaves the reported clause before the outer one.
    complements = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and not _bare_attribution(c)]
    if complements and complements[0].tag_ == "VBG" and not any(c.dep_ == "aux" for c in complements[0].children):
        return None  # "reported location data falsely showing the ship in port": a noun phrase, not a clause
    if complements and verb.lemma_.lower() in CLAUSE_ONLY_VERBS \
            and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in complements[0].children):
        return None  # "will decide on Tuesday whether schools reopen": a question still open, not a claim
    if complements:
        tokens = [t for t in complements[0].subtree]
        for conj in complements[0].children:
            if conj.dep_ == "conj" and _reporting_verb(conj) and any(c.dep_ == "ccomp" for c in conj.children) \
                    and not any(c.dep_ == "neg" for c in conj.children):
                # "said that he did ... but denied that he made ...": the second report is its own.
                tokens = [t for t in tokens if t.i < conj.left_edge.i]
                break
        participle = next((t for t in tokens if t.dep_ == "advcl" and t.tag_ == "VBG" and t.lemma_.lower() in SPEECH_VERBS
                           and t.i > 0 and t.doc[t.i - 1].text == "," and any(c.dep_ == "ccomp" for c in t.children)),
                          None)
        if participle is not None:
            # "told reporters she considered the deal acceptable, saying ...": the participle reports on its own.
            tokens = [t for t in tokens if t.i < participle.i]
        while tokens and (tokens[-1].dep_ == "cc" or tokens[-1].text == ","):
            tokens.pop()  # "... was contingent on it but [denied ...]": a report never ends on its conjunction
        # (the parser sometimes makes the 'that' a subject: "said in his briefing that hospitals were overwhelmed")
        while tokens and (tokens[0].lower_ == "that" and (tokens[0].dep_ == "mark" or _complementiser(tokens))
                          or tokens[0].is_punct):
            tokens = tokens[1:]
        if not tokens:
            return None
        return _trim(text_of(doc), tokens[0].idx, _strip_final(tokens[-1]))
    # "If ..., they reasoned, the specimens would have shown ...": a reporting clause before the verb is the
    # attribution set off in commas, not what the verb's subject says.
    before = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.i < subject.i
              and not (_reporting_verb(c) and any(g.dep_ == "nsubj" and g.pos_ == "PRON" for g in c.children))]
    if before:
        # "A growing number ... pledge allegiance to the IS, the minister pointed out."
        tokens = [t for t in before[0].subtree if not (t.is_punct and t.text in "\"“”")]
        return _trim(text_of(doc), tokens[0].idx, _strip_final(tokens[-1]))
    if verb.lemma_.lower() in CLAUSE_ONLY_VERBS:
        return None
    # The parser may hang the claim's predicate on the aside ("as news sources noted, completely democratic").
    predicate = {t.i for c in verb.children if c.dep_ == "acomp" for t in c.subtree}
    last = max(t.i for t in verb.subtree if not t.is_punct and t.i not in predicate)
    if verb.dep_ == "advcl" and subject.head == verb and verb.tag_ != "VBN" \
            and any(c.dep_ == "mark" and c.lower_ == "as" and c.i < subject.i for c in verb.children) \
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children) \
            and last + 1 < sentence.end and doc[last + 1].text == ",":
        # "..., as news sources noted, completely democratic": the claim the aside vouches for. At the start ("As the
        # report noted, the river ...") the claim is what follows it.
        body_start, body_end = _sentence_body(sentence)
        mark = min(t.i for t in verb.subtree)
        if mark > sentence.start + 1:
            return body_start, body_end
        comma = next((t for t in doc[verb.i + 1:sentence.end] if t.text == ","), None)
        return _trim(text_of(doc), comma.idx + 1, body_end) if comma is not None else None
    first = subject.left_edge
    if first.i > sentence.start + 3 and doc[first.i - 1].text == "," and \
            all(t.dep_ in ("prt", "punct", "npadvmod", "advmod") or t.is_space for t in doc[verb.i + 1:sentence.end]):
        # "A growing number of terrorist groups pledge allegiance to the IS, the minister pointed out."
        body_start, _ = _sentence_body(sentence)
        return _trim(text_of(doc), body_start, doc[first.i - 1].idx)
    if (parenthetical := _parenthetical_content(sentence, verb, subject)) is not None:
        return parenthetical
    if verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i and subject.i > verb.head.i:
        # "A total ..., officials said, spilled and ignited" or "..., the minister pointed out."
        attribution_start = min(t.i for t in subject.subtree) if subject.i < verb.i else verb.i
        attribution_end = max(max(t.i for t in verb.subtree), max(t.i for t in subject.subtree))
        body_start, body_end = _sentence_body(sentence)
        after = doc[attribution_end + 1:sentence.end]
        if sum(1 for t in after if not t.is_punct) >= 2:
            return body_start, body_end
        return _trim(text_of(doc), body_start, doc[attribution_start].idx)
    return None


# What an attribution set off by commas holds besides its subject and verb ("they said on Monday", "says the study").
ATTRIBUTION_PARTS = {"nsubj", "advmod", "prep", "npadvmod", "punct", "aux", "neg", "prt", "det"}


FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def _object_split_from_its_clause(verb: Token) -> tuple[int, int] | None:
    """'Judge Miller ruled the male-only draft violated the Constitution': the parser may take the reported clause's
    subject for the verb's object and hang the rest on the verb as a clause with no subject. Together they are the
    claim."""
    if verb.lemma_.lower() in LISTENER_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    doc = verb.doc
    for clause in verb.children:
        finite = clause.tag_ in FINITE_TAGS or any(c.dep_ == "aux" and c.tag_ in FINITE_TAGS for c in clause.children)
        if clause.i <= obj.i or clause.dep_ not in ("ccomp", "advcl", "conj") or not finite \
                or _reporting_verb(clause) or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in clause.children):
            continue
        between = doc[max(t.i for t in obj.subtree if not t.is_punct) + 1:clause.left_edge.i]
        # "suggested piracy, perhaps to obtain the cargo, is now the likeliest theory": an aside in commas may part them;
        # "reported the earthquake off Fiji had generated waves": so may the object's own modifier hung on the verb.
        if all(t.text == "," for t in between) or len(between) > 2 and between[0].text == between[-1].text == "," \
                or len(between) and between[0].dep_ == "prep" and between[0].head == verb \
                and between[0].right_edge.i == between[-1].i and not any(t.pos_ == "VERB" for t in between):
            last = max(t.i for t in clause.subtree)
            return _trim(text_of(doc), obj.left_edge.idx, _strip_final(doc[last]))
    return None


def _parenthetical_content(sentence: Span, verb: Token, subject: Token) -> tuple[int, int] | None:
    """An attribution set off by commas that the parser hangs on the clause after it: inside the claim ("Day,
    they said, desired no memorials", "Because ..., says the study, it rises") the claim is the whole sentence; at
    its start ("The agency reported on Monday, sales had fallen") the claim is what follows the comma."""
    doc = sentence.doc
    head = verb.head
    if verb.dep_ not in ("parataxis", "ccomp") or not verb.i < head.i < sentence.end or head.pos_ not in ("VERB", "AUX") \
            or _reporting_verb(head) and any(c.dep_ == "nsubj" and c.i > verb.i for c in head.children) \
            and (head.lemma_.lower() not in CLAUSE_ONLY_VERBS or any(c.dep_ == "ccomp" and c != verb for c in head.children)) \
            or verb.tag_ in ("VBN", "VBG") or subject.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if any(c.dep_ not in ATTRIBUTION_PARTS for c in verb.children if verb.i < c.i < head.i and c.i != subject.i):
        return None  # "Saudi Arabia denied all claims ..., however, a report concluded": a clause of its own
    first = min(subject.left_edge.i, verb.i)
    last = max(max(t.i for t in verb.subtree if t.i < head.i and not t.is_punct), subject.right_edge.i)
    words_before = [t for t in doc[sentence.start:first] if not t.is_punct and not t.is_space]
    after = [t for t in doc[last + 1:sentence.end] if not t.is_punct and not t.is_space]
    if last + 1 >= sentence.end or doc[last + 1].text != "," or len(after) < 2 \
            or any(QUOTE_MARKS.match(t.text) for t in doc[last + 1:after[0].i + 1]):
        return None  # 'However, she added, "..."': the quotation is the claim, and a direct quote of its own
    body_start, body_end = _sentence_body(sentence)
    head_has_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.i != verb.i for c in head.children)
    if words_before and doc[first - 1].text == "," and (any(t.dep_ in ("nsubj", "nsubjpass") for t in words_before)
                                                        or head.head.i < first or not head_has_subject):
        return body_start, body_end  # the claim runs on both sides of the attribution
    adverbial = {t.i for c in head.children if c.dep_ in ("prep", "advmod", "npadvmod") and c.i < first for t in c.subtree}
    if head_has_subject and all(t.dep_ in ("advmod", "npadvmod", "prep", "pobj", "det", "amod", "compound")
                                or t.i in adverbial for t in words_before):
        # "In between, she testified, she was ...": a leading adverbial stays out, as the attribution does.
        return _trim(text_of(doc), after[0].idx, body_end)
    return None


def _strip_final(token: Token) -> int:
    if token.is_punct and token.text in ".!?" and token.i > 0:
        token = token.doc[token.i - 1]
    return token.idx + len(token)
