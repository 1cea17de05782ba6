"""prioritizes, session 26 (made-up sentences; the mentions are given, so each
test checks the relation rules, not the recogniser).

- what a plan builds on (依托…, prioritizes.not_the_base) reaches up to the
  clause's verb only: when that verb directs something without a comma before
  it (依托某港区做强A, 依托某园区壮大B), what it directs is the
  policy's priority (annotation.md: what a policy proposes or directs), not part
  of the base; the base alone (依托A基础，…) is still no priority.
"""
import pytest

from support.relations import of_type, run

TEC, IND, POL = "Technology", "Industry", "Policy"
POLICY = "关于促进临港经济发展的若干措施"


@pytest.mark.parametrize("verb", ["做强", "做大", "做优", "壮大"])
def test_what_the_clause_after_the_base_directs_is_a_priority(verb):
    text = f"某县人民政府出台{POLICY}，依托新建港区{verb}冷链物流，支持企业建设冷库。"
    got = run(text, {POLICY: POL, "冷链物流": IND})
    assert (POLICY, "prioritizes", "冷链物流") in of_type(got, "prioritizes")


def test_the_base_itself_is_still_no_priority():
    text = f"某县人民政府出台{POLICY}，依托冷链物流基础，发展跨境电商。"
    got = of_type(run(text, {POLICY: POL, "冷链物流": IND, "跨境电商": IND}), "prioritizes")
    assert (POLICY, "prioritizes", "跨境电商") in got
    assert (POLICY, "prioritizes", "冷链物流") not in got
