"""Entity repairs: one Islamic State, places not people, no pronoun entities, surnames joined to full names."""

from __future__ import annotations

from extract.entities import find_mentions


def mentions(nlp, text):
    return find_mentions(nlp(text))[0]


def test_surname_missed_by_the_model_joins_the_full_name(nlp):
    found = mentions(nlp, "President Donald Trump met reporters. Later Trump left, and Trump did not return.")
    assert {"Donald Trump"} == {m.canonical for m in found if m.text == "Trump"}
    assert all(m.label == "PERSON" for m in found if m.text == "Trump")


def test_titles_are_not_part_of_names(nlp):
    found = mentions(nlp, "Chief Superintendent Graciano Mijares of the police said it.")
    assert "Graciano Mijares" in {m.canonical for m in found if m.label == "PERSON"}


def test_region_with_article_is_not_a_person(nlp):
    found = mentions(nlp, "Attacks across the Sahel region soared last year.")
    assert [] == [m.text for m in found if m.label == "PERSON"]


def test_pronouns_and_one_letter_names_are_never_entities(nlp):
    found = mentions(nlp, "He met her and It in the city of X while They watched.")
    assert [] == [m.text for m in found if m.text.casefold() in {"he", "her", "it", "they", "x"}]
