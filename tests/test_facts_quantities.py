"""Quantities: numbers in digits and words with their unit, and what is not a quantity (dates, years, names)."""

from __future__ import annotations

from extract.quantities import extract_quantities


def quantities(nlp, text):
    return {f.fields["text"]: f.fields for f in extract_quantities(nlp(text))}


def test_digits_words_money_and_percentages(nlp):
    found = quantities(nlp, "The attacks killed 4,250 people, up 60 percent, and cost US$2 million; "
                            "three towns and tens of thousands of residents were hit.")
    assert 4250 == found["4,250 people"]["value"] and "people" == found["4,250 people"]["unit"]
    assert 60 == found["60 percent"]["value"] and "percent" == found["60 percent"]["unit"]
    assert 2_000_000 == found["US$2 million"]["value"] and "US dollars" == found["US$2 million"]["unit"]
    assert 3 == found["three towns"]["value"]
    assert 20_000 == found["tens of thousands"]["value"]


def test_change_comes_from_the_verb(nlp):
    facts = extract_quantities(nlp("Exports soared by 12 percent while imports fell to 39 tonnes."))
    assert ["up", "down"] == [f.fields["change"] for f in facts]


def test_dates_years_times_and_names_are_not_quantities(nlp):
    text = ("On January 4, 2019 at 6am a Boeing 737 of Flight 610 crashed; COVID-19 was not involved. "
            "It was the first crash since 2018 and the 116th Congress met.")
    assert [] == [f.fields["text"] for f in extract_quantities(nlp(text))]


def test_fractions_and_hyphenated_units(nlp):
    found = quantities(nlp, "A ten-storey block lost two-thirds of its flats and half of its tenants.")
    assert 10 == found["ten-storey"]["value"]
    assert 0.6667 == found["two-thirds"]["value"]
    assert 0.5 == found["half"]["value"]


def test_a_vague_count_takes_the_noun_it_counts_as_unit(nlp):
    found = quantities(nlp, "Tens of thousands of protesters marched, and dozens of officers were hurt.")
    assert ("protesters", "") == (found["Tens of thousands"]["unit"], found["Tens of thousands"]["about"])
    assert "officers" == found["dozens"]["unit"]


def test_what_is_measured_is_the_subject_of_a_change_or_level_verb(nlp):
    found = quantities(nlp, "Food prices soared by 60 percent. The unemployment rate fell to 3.5% and turnout was "
                            "62%. The blaze killed three.")
    assert "Food prices" == found["60 percent"]["about"]
    assert "unemployment rate" == found["3.5%"]["about"]
    assert "turnout" == found["62%"]["about"]
    # Killing three says nothing about the blaze: the subject of other verbs is not what a number measures.
    assert "" == found["three"]["about"]
