"""prioritizes, session 26 (made-up sentences; the mentions are given, so each
test checks the relation rules, not the recogniser).

- a policy implemented in one clause directs what the next clause builds,
  promotes, brings in or puts to use (实施某工程，建设A / 推广B / 引进C / 利用D):
  the issue's own formula (实施/开展 [Policy]，推动 X gives prioritizes) with
  the other directing verbs of the drafting style; annotation.md: what a policy
  proposes or directs is its priority.
"""
import pytest

from support.relations import of_type, run

TEC, IND, POL = "Technology", "Industry", "Policy"
POLICY = "数字乡村示范工程"


@pytest.mark.parametrize("verb", ["建设", "推广", "引进", "利用"])
def test_what_the_clause_after_an_implemented_policy_builds_is_its_priority(verb):
    text = f"全县实施{POLICY}，{verb}智慧农业平台和冷链物流。"
    got = of_type(run(text, {POLICY: POL, "智慧农业平台": TEC, "冷链物流": IND}), "prioritizes")
    assert (POLICY, "prioritizes", "智慧农业平台") in got
    assert (POLICY, "prioritizes", "冷链物流") in got


def test_a_proposer_of_the_implementing_keeps_the_priority():
    text = f"会议提出实施{POLICY}，建设智慧农业平台。"
    got = of_type(run(text, {POLICY: POL, "智慧农业平台": TEC}), "prioritizes")
    assert (POLICY, "prioritizes", "智慧农业平台") not in got
