"""Quotes: direct quotations split by their attribution, reported speech, and speakers resolved to names."""

from __future__ import annotations

from extract.entities import find_mentions
from extract.quotes import extract_quotes
from extract.roles import extract_roles


def quotes(nlp, text):
    doc = nlp(text)
    mentions, _ = find_mentions(doc)
    return [(f.fields["speaker"], f.fields["content"], f.fields["direct"]) for f in extract_quotes(doc, mentions)]


def test_quote_split_by_attribution_gives_two_with_curly_marks(nlp):
    found = quotes(nlp, "Foreign Minister Nasser Bourita spoke on Tuesday. “We must act together now,” Bourita said, "
                        "“and we must do it before the summer ends.”")
    assert [("Nasser Bourita", "We must act together now", True),
            ("Nasser Bourita", "and we must do it before the summer ends.", True)] == found


def test_pronoun_and_role_noun_speakers(nlp):
    found = quotes(nlp, 'Angela Merkel visited the plant on Monday. "The workers have done a remarkable job here," '
                        "she said. The economy will grow next year, the chancellor added.")
    assert [("Angela Merkel", True), ("Angela Merkel", False)] == [(s, d) for s, _, d in found]
    assert "The economy will grow next year" == found[1][1]


def test_reported_speech_and_according_to(nlp):
    found = quotes(nlp, "Police said that the driver had fled the scene. According to the Interior Ministry, "
                        "five people were arrested overnight.")
    assert [(None, "the driver had fled the scene", False),
            ("Interior Ministry", "five people were arrested overnight", False)] == found


def test_unbalanced_and_stray_quote_marks_never_crash(nlp):
    text = 'He said "this never closes. And ” stray marks “ and "" abound," the mayor said "\n\n"'
    found = quotes(nlp, text)
    assert all(isinstance(content, str) for _, content, _ in found)


def quotes_with_roles(nlp, text):
    doc = nlp(text)
    mentions, _ = find_mentions(doc)
    found = extract_quotes(doc, mentions, roles=extract_roles(doc, mentions))
    return [(f.fields["speaker"], f.fields["content"]) for f in found]


def test_he_is_the_subject_of_the_previous_sentence_not_the_woman_quoted_before(nlp):
    found = quotes(nlp, 'Another eyewitness, Nicole Towarek, described extensive tire marks and "insane" heat. '
                        "Florida Department of Transportation official Troy Roberts said yesterday morning the road "
                        'will be examined. He said "Guardrails can only take so much."')
    assert ("Troy Roberts", "Guardrails can only take so much.", True) in found


def test_role_noun_goes_to_the_holder_of_that_role_not_the_last_person(nlp):
    found = quotes_with_roles(nlp, "Regional governor Boris Dubrovsky visited the site on Monday. Emergencies Minister "
                                   "Yevgeny Zinichev arrived later. The governor said each victim would be paid one "
                                   "million rubles.")
    assert [("Boris Dubrovsky", "each victim would be paid one million rubles")] == found


def test_attribution_after_the_clause(nlp):
    found = quotes_with_roles(nlp, "Moroccan foreign minister Nasser Bourita spoke on Tuesday. A growing number of "
                                   "terrorist groups pledge allegiance to the IS, the minister pointed out.")
    assert ("Nasser Bourita", "A growing number of terrorist groups pledge allegiance to the IS") in found


def test_name_in_apposition_speaks_not_the_university(nlp):
    found = quotes(nlp, '"Walter was the most brilliant scientist I have ever known," said University of California, '
                        "San Diego's chancellor, Pradeep Khosla.")
    assert [("Pradeep Khosla", "Walter was the most brilliant scientist I have ever known", True)] == found


def speakers(nlp, text):
    doc = nlp(text)
    mentions, _ = find_mentions(doc)
    return [(f.fields["speaker"], f.fields["speaker_text"]) for f in extract_quotes(doc, mentions)]


def test_it_and_its_website_are_the_organisation_in_play(nlp):
    found = speakers(nlp, "The Emergency Situations Ministry said no other vehicles were involved. "
                          "Its website said the road was closed. It said that the driver lost control.")
    assert [s for s, _ in found] == ["Emergency Situations Ministry"] * 3


def test_they_are_the_plural_subject_noun_before(nlp):
    found = speakers(nlp, "Both officers indicated they would appeal. They said they would seek suspension of the "
                          "sentence.")
    assert (None, "officers") in found


def test_conjoined_speakers_are_both_named_without_the_parenthesis(nlp):
    found = speakers(nlp, "The Investigative Committee and the Federal Security Service (FSB) said they believe gas "
                          "caused the explosion.")
    assert found == [("Investigative Committee and Federal Security Service",
                      "The Investigative Committee and the Federal Security Service")]


def test_clause_that_introduces_a_quotation_with_a_colon_names_the_speaker(nlp):
    found = speakers(nlp, 'Former CIA deputy director Michael Morell praised Tony Mendez on Twitter: "Tony was one of '
                          'the best officers to ever serve. He will be missed."')
    assert [s for s, _ in found] == ["Michael Morell"]
