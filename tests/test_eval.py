"""The gold-set evaluator: its scoring rules, and a run on two tuning articles."""

from __future__ import annotations

import json

from extract.evaluate import EXTRA, GOLD, Report, Score, evaluate, gold_files, locate_all, role_key, score_quotes
from extract.model import Fact
from extract.pipeline import Extractor


def test_f1_from_counts():
    score = Score(matched=3, predicted=4, gold=6)
    assert (0.75, 0.5, 0.6) == (score.precision, score.recall, round(score.f1, 4))
    assert 0.0 == Score().f1


def test_quote_matches_at_thirty_percent_of_gold_and_speaker_is_scored_separately():
    body = "He said the plan will cost far more than anyone expected this year."
    gold = [{"speaker": "Ann Lee", "content": "the plan will cost far more than anyone expected this year", "direct": False}]
    gold_start = body.index("the plan")
    short = Fact("quote", gold_start, gold_start + 20, "", {"speaker": "Bob", "speaker_text": "He"})
    tiny = Fact("quote", gold_start, gold_start + 10, "", {"speaker": "Ann Lee", "speaker_text": "He"})
    matched = Report()
    score_quotes(gold, [short], body, matched, "a")
    missed = Report()
    score_quotes(gold, [tiny], body, missed, "a")
    assert (1, 0) == (matched.quotes.matched, matched.speakers_right)
    assert (0, 1, 1) == (missed.quotes.matched, missed.quotes.predicted, missed.quotes.gold)


def test_repeated_gold_texts_are_located_in_order():
    assert [(0, 6), (13, 19)] == locate_all("Monday, then Monday.", ["Monday", "Monday"])


def test_evaluating_two_tuning_articles(nlp):
    paths = [GOLD / "000_82341150077b04b0.json", GOLD / "wn2019_001_nancy_pelosi_again_elected_speaker_as_116th_u_s_co.json"]
    report = evaluate(paths, Extractor(nlp))
    assert 4 + 4 < report.quotes.gold + report.dates.gold
    assert report.quotes.matched >= 5 and report.speaker_accuracy >= 0.8
    assert report.dates_resolved >= 0.8


def test_role_matching_folds_hyphens_and_country_names_but_not_different_roles():
    assert role_key("Thaksin Shinawatra", "prime-minister", "U.S.") == role_key("thaksin shinawatra", "Prime Minister", "United States")
    assert role_key("Joachim Brudziński", "minister", "Poland") != role_key("Joachim Brudziński", "interior minister", "Poland")
    assert role_key("Margaret Leinen", "director", "Scripps") != role_key("Margaret Leinen", "director", "Scripps Oceanography")


def test_role_orgs_fold_typography_and_an_acronym_the_article_defines_but_no_other():
    from extract.evaluate import defined_acronyms
    acronyms = defined_acronyms({("ORG", "African Union"): {"AU"}, ("ORG", "Ford Motor Company"): {"Ford"}})
    assert role_key("Abdel Fattah el-Sisi", "chairperson", "AU", acronyms) == \
        role_key("Abdel Fattah el-Sisi", "chairperson", "African Union", acronyms)
    assert role_key("X", "chairman", "Ford", acronyms) != role_key("X", "chairman", "Ford Motor Company", acronyms)
    assert role_key("Abdel Fattah el-Sisi", "chairperson", "AU") != role_key("Abdel Fattah el-Sisi", "chairperson", "African Union")
    assert role_key("Okey Oramah", "president", "African Export\u2013Import Bank") == \
        role_key("Okey Oramah", "president", "African Export-Import Bank")
    assert role_key("Antoine Quirin", "officer", "Brigade de Recherche et d\u2019Intervention") == \
        role_key("Antoine Quirin", "officer", "Brigade de Recherche et d'Intervention")


def test_speaker_names_fold_country_short_names_and_a_lone_surname_symmetrically():
    from extract.evaluate import same_speaker

    assert same_speaker("Adam Schiff", "Schiff") and same_speaker("Schiff", "Adam Schiff")
    assert same_speaker("the US", "United States")
    assert not same_speaker("Adam Schiff", "Adam")
    assert not same_speaker("Adam Schiff", "Dick Durbin")


def test_an_acronym_the_article_defines_names_the_same_speaker_as_its_full_name():
    from extract.evaluate import defined_acronyms, same_speaker

    acronyms = defined_acronyms({("ORG", "United Nations"): {"UN"}, ("ORG", "World Bank"): {"WHO"}})
    assert same_speaker("UN", "United Nations", acronyms) and same_speaker("United Nations", "UN", acronyms)
    # Only letters that spell the name join it, and only where the article defines them.
    assert not same_speaker("WHO", "World Bank", acronyms)
    assert not same_speaker("UN", "United Nations")


def test_extra_tuning_files_score_only_the_kinds_they_annotate(nlp):
    path = EXTRA / "wn2019_070_louisiana_declares_state_of_emergency_as_tropical_.json"
    assert path in gold_files(False) and path not in gold_files(True)
    report = evaluate([path], Extractor(nlp))
    # The story is full of numbers and dates, but this file annotates quotes and roles only: none count either way.
    assert (0, 0, 0, 0) == (report.quantities.gold, report.quantities.predicted, report.dates.gold, report.dates.predicted)
    assert report.quotes.gold == 4 and report.roles.gold == 3 and report.quotes.matched >= 3


def test_agreement_of_an_identical_second_annotation_is_complete_and_a_changed_role_lowers_it(tmp_path, capsys):
    from extract.evaluate import agreement, main

    gold_path = GOLD / "wn2019_001_nancy_pelosi_again_elected_speaker_as_116th_u_s_co.json"
    second_path = tmp_path / gold_path.name
    second_path.write_text(gold_path.read_text(encoding="utf-8"), encoding="utf-8")
    same = agreement([second_path])
    assert (1.0, 1.0, 1.0) == (same.quotes.f1, same.speaker_accuracy, same.roles.f1) and not same.errors
    assert 0 == main(["--agreement", str(tmp_path)])
    assert "on 1 tuning stories" in capsys.readouterr().out
    changed = json.loads(gold_path.read_text(encoding="utf-8"))
    changed["roles"][0]["role"] = "deputy " + changed["roles"][0]["role"]
    second_path.write_text(json.dumps(changed), encoding="utf-8")
    lowered = agreement([second_path])
    assert lowered.roles.matched == lowered.roles.gold - 1 and lowered.roles.f1 < 1.0
    assert 1.0 == lowered.quotes.f1


def test_rows_option_scores_only_that_fresh_batch_and_not_the_held_out_set(capsys):
    from extract.evaluate import main

    assert 0 == main(["--rows", "2"])
    table = capsys.readouterr().out
    gold = json.loads((GOLD / "wn2019_002_escape_room_fire_kills_five_teen_girls_in_koszalin.json").read_text(encoding="utf-8"))
    assert f"| quotes (gold {len(gold['quotes'])}) |" in table
    assert "held-out" not in table and "rows P" in table


def test_tuning_option_scores_every_tuning_story_and_never_reads_the_held_out_set(capsys):
    from extract.evaluate import gold_files, main

    assert 0 == main(["--tuning"])
    table = capsys.readouterr().out
    quotes = sum(len(json.loads(path.read_text(encoding="utf-8"))["quotes"]) for path in gold_files(False))
    assert f"| quotes (gold {quotes}) |" in table
    assert "held-out" not in table and "tuning P" in table
