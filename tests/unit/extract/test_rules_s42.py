"""A speaker at an event named just before speaks at it when the news says so
in more of its ways: 某某致辞时表示, 在主旨发言中说 / 在致辞中说, 在（开幕）活动上表示.
Made-up events and people (the places are real counties); each test fails
without its rule."""
from __future__ import annotations

from support.entities import rels


def test_a_speaker_who_says_so_while_giving_the_address_speaks_at_the_event():
    text = "本报讯 8月3日，2022中国·蒲江猕猴桃文化节在蒲江县开幕。县委书记高明远致辞时表示，将推广智能分选技术。"
    assert ("高明远", "spokeAt", "2022中国·蒲江猕猴桃文化节") in rels(text)


def test_a_speaker_who_says_so_in_the_keynote_speaks_at_the_event():
    text = "本台消息 5月9日，2022中国（兰考）乐器产业发展大会在兰考县召开。协会副会长钱立群在主旨发言中说，兰考的乐器产量已占全国三成。"
    assert ("钱立群", "spokeAt", "2022中国（兰考）乐器产业发展大会") in rels(text)


def test_a_speaker_at_the_opening_activity_speaks_at_the_event():
    text = "本报讯 10月12日，2021中国·安溪铁观音开茶节在安溪县举行。福建省农业农村厅副厅长林志文在开幕活动上表示，当地推广茶园绿色防控。"
    assert ("林志文", "spokeAt", "2021中国·安溪铁观音开茶节") in rels(text)
