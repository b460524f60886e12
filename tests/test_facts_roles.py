"""Roles: person · role · org from titles before a name, appositives and possessives."""

from __future__ import annotations

from extract.entities import find_mentions
from extract.roles import extract_roles


def roles(nlp, text):
    doc = nlp(text)
    mentions, _ = find_mentions(doc)
    return {(f.fields["person"], f.fields["role"], f.fields["org"]) for f in extract_roles(doc, mentions)}


def test_pre_modifier_with_nationality(nlp):
    assert ("Kyriakos Mitsotakis", "prime minister", "Greece") in roles(
        nlp, "Greek prime minister Kyriakos Mitsotakis visited Athens on Monday.")


def test_possessive_org(nlp):
    assert ("Nasser Bourita", "foreign minister", "Morocco") in roles(
        nlp, "Morocco's foreign minister Nasser Bourita spoke in Rabat.")


def test_appositive(nlp):
    found = roles(nlp, "The fire started at night, said Tomasz Kubiak, a fire service spokesman, on Saturday.")
    assert {("Tomasz Kubiak", "spokesman")} == {(person, role) for person, role, _ in found}


def test_party_labels_are_not_roles(nlp):
    assert set() == roles(nlp, "Republican Kevin McCarthy received 192 votes.")


def test_ministry_word_stays_in_the_role_and_the_country_is_implied(nlp):
    assert ("Joachim Brudziński", "interior minister", "Poland") in roles(
        nlp, "Five girls died in a fire in Poland. Interior Minister Joachim Brudziński ordered checks across Poland.")


def test_two_titles_in_a_row_are_two_roles_and_of_gives_the_org(nlp):
    found = roles(nlp, '"They are integrated into the lives of the community," said study co-author Professor Carl Lipo '
                       "of Binghamton University.")
    assert {("Carl Lipo", "co-author", ""), ("Carl Lipo", "professor", "Binghamton University")} <= found


def test_secretary_of_state_keeps_its_of_and_the_org_before_it(nlp):
    assert ("Mike Pompeo", "secretary of state", "United States") in roles(
        nlp, "The claim came in a tweet on Monday by US Secretary of State Mike Pompeo.")


def test_organisation_named_before_the_role(nlp):
    assert ("Monika Kosiec", "press officer", "Police") in roles(
        nlp, "Police press officer Monika Kosiec stated police believe him to be aged 25.")


def test_title_set_off_by_a_comma_before_the_name(nlp):
    found = roles(nlp, "The Vice President, Mike Pence, said on Friday the United States is in crisis. "
                       "Congress and the White House disagree.")
    assert ("Mike Pence", "vice president", "United States") in found


def test_possessor_of_the_office_is_its_org(nlp):
    found = roles(nlp, "German Chancellor Angela Merkel's spokesperson, Steffen Seibert, said it is possible.")
    assert ("Steffen Seibert", "spokesperson", "Angela Merkel") in found


def test_title_shared_by_a_list_of_names(nlp):
    found = roles(nlp, "It was co-sponsored by Senators Marco Rubio of Florida, Mike Lee of Utah, and David Perdue "
                       "of Georgia, among others.")
    assert {("Marco Rubio", "senator", "Florida"), ("Mike Lee", "senator", "Utah"),
            ("David Perdue", "senator", "Georgia")} <= found


def test_mayor_takes_the_city_of_the_story_and_the_place_of_an_of_phrase(nlp):
    assert ("John Tory", "mayor", "Toronto") in roles(
        nlp, "Police in Toronto searched the ravine. Toronto residents gathered. Mayor John Tory asked for a review.")
    assert ("Paweł Adamowicz", "mayor", "Gdańsk") in roles(
        nlp, "Paweł Adamowicz, mayor of the Polish city of Gdańsk, was stabbed on stage.")
    assert ("Piotr Jedlinski", "mayor", "Koszalin") in roles(
        nlp, "The city closed the rooms. Mayor of Koszalin Piotr Jedlinski has declared a day of mourning.")


def test_state_office_takes_the_state_of_the_story(nlp):
    assert ("Selena Torres", "assemblywoman", "Nevada") in roles(
        nlp, "Nevada became the first state with a majority-female legislature. Assemblywoman Selena Torres was sworn "
             "in at the Nevada Legislature.")


def test_kind_of_office_stays_in_the_role_but_judgements_do_not(nlp):
    assert ("Tim Gunn", "fashion designer", "") in roles(nlp, "Guests included fashion designer Tim Gunn.")
    assert ("Zalmay Khalilzad", "peace envoy", "United States") in roles(
        nlp, "The Taliban met on Monday with Zalmay Khalilzad, a US peace envoy, in Qatar.")
    assert {role for _, role, _ in roles(nlp, "The case was argued by prominent lawyer Howard Rubel.")} == {"lawyer"}


def test_us_politics_makes_the_president_american_even_when_another_country_is_named_more(nlp):
    found = roles(nlp, "Mexico was mentioned. President Donald Trump spoke to Congress about the "
                       "border with Mexico, and Republicans in the Senate agreed.")
    assert ("Donald Trump", "president", "United States") in found
