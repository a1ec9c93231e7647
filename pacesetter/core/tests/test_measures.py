from decimal import Decimal

import pytest

from pacesetter.core.measures import UnknownUnit, convert, to_base, unit_in


@pytest.mark.parametrize(
    ("value", "unit", "base"),
    [
        ("20", "亿元", Decimal("2000000000")),
        ("2.3", "亿元", Decimal("230000000")),
        ("30", "万元", Decimal("300000")),
        ("1", "万亿元", Decimal("1000000000000")),
        ("1.5", "万人", Decimal("15000")),
        ("3", "个", Decimal("3")),
        ("2", "条", Decimal("2")),
        ("8", "%", Decimal("8")),
    ],
)
def test_to_base_multiplies_by_the_units_magnitude(value, unit, base):
    assert to_base(value, unit) == base


def test_convert_between_units_of_one_family():
    assert convert("1.2", "亿元", "万元") == Decimal("12000")
    assert convert("15000", "人", "万人") == Decimal("1.5")


def test_convert_refuses_units_of_different_families():
    with pytest.raises(UnknownUnit, match="cannot convert"):
        convert("1", "亿元", "万人")


def test_an_unknown_unit_is_named_in_the_error():
    with pytest.raises(UnknownUnit, match="担"):
        to_base("1", "担")


def test_the_units_plans_write_most_are_known_and_convert():
    # (新增学位2.5万个, 光电并网20GW, 改造老旧小区100万平方米, 粮食产量1.4万亿斤)
    assert convert("2.5", "万个", "个") == Decimal("25000")
    assert convert("20", "GW", "万千瓦") == Decimal("2000")
    assert to_base("100", "万平方米") == Decimal("1000000")
    assert convert("1.4", "万亿斤", "亿斤") == Decimal("14000")
    with pytest.raises(UnknownUnit, match="cannot convert"):
        convert("1", "万个", "万平方米")


def test_ten_thousands_of_a_unit_read_in_english():
    assert unit_in("万个", "en") == "10k items"
    assert unit_in("万平方米", "en") == "10k m²"
    assert unit_in("岁", "en") == "years of age"


def test_energy_in_standard_coal_converts_and_reads_as_written_short():
    # 能源消费总量控制在50亿t标准煤以内, 可再生能源消费量达到11亿吨标煤以上
    from pacesetter.planimport.mapping import unit_code

    assert convert("11", "亿吨标准煤", "万吨标准煤") == Decimal("110000")
    assert [unit_code(u) for u in ("億t標準煤", "亿吨标煤", "万吨标准煤")] == [
        "亿吨标准煤",
        "亿吨标准煤",
        "万吨标准煤",
    ]
    assert unit_in("亿吨标准煤", "en") == "100m tce"
