"""Readers: encodings, HTML (also 10k levels deep), .docx, PDF, empty input."""

from __future__ import annotations

from pathlib import Path

import pytest
from pacesetter_extraction import ExtractionError, extract, extract_file, read_document

TEXT = "2025年主要預期目標:地區生產總值增長6%左右,城鎮新增就業1200萬人以上。"


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "big5", "utf-8-sig"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    text = TEXT  # traditional characters: GB18030 and Big5 both cover them
    p = tmp_path / f"doc-{encoding}.txt"
    p.write_bytes((text * 20).encode(encoding))
    assert read_document(p).startswith(text)
    assert len(extract_file(p).targets) == 40


def test_gb18030_simplified(tmp_path: Path) -> None:
    text = "2025年主要预期目标:地区生产总值增长6%左右,粮食产量稳定在45万吨以上。" * 10
    p = tmp_path / "gb.txt"
    p.write_bytes(text.encode("gb18030"))
    assert read_document(p) == text


def test_html(tmp_path: Path) -> None:
    html = (
        "<html><head><title>t</title><style>p{color:red}</style><script>var x='增长99%';</script></head>"
        "<body><div><p>2025年主要预期目标:</p><p>地区生产总值增长6%左右。</p></div></body></html>"
    )
    p = tmp_path / "doc.html"
    p.write_text(html, encoding="utf-8")
    text = read_document(p)
    assert "增长99%" not in text and "地区生产总值增长6%左右" in text
    assert [t.value for t in extract(text).targets] == [6]


def test_deeply_nested_html_does_not_crash() -> None:
    html = "<div>" * 10_000 + "2025年目标:地区生产总值增长6%。" + "</div>" * 10_000
    text = read_document(html.encode("utf-8"), name="deep.html")
    assert "地区生产总值增长6%" in text
    assert len(extract(text).targets) == 1


def test_docx(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("2025年全县经济社会发展主要预期目标")
    d.add_paragraph("地区生产总值增长6%左右,一般公共预算收入增长5%以上。")
    table = d.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "城镇新增就业"
    table.rows[0].cells[1].text = "2000人以上"
    p = tmp_path / "plan.docx"
    d.save(str(p))
    text = read_document(p)
    assert "地区生产总值增长6%左右" in text
    res = extract_file(p)
    assert [(t.value, t.unit) for t in res.targets][:2] == [(6, "%"), (5, "%")]


def _tiny_pdf(line: str) -> bytes:
    """A one-page PDF with a text layer (Helvetica, ASCII), built by hand."""
    stream = f"BT /F1 12 Tf 72 720 Td ({line}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out


def test_pdf_text_layer(tmp_path: Path) -> None:
    p = tmp_path / "plan.pdf"
    p.write_bytes(_tiny_pdf("GDP target 2025: growth 6 percent"))
    assert "growth 6 percent" in read_document(p)


def test_pdf_without_text_layer_is_a_clear_error(tmp_path: Path) -> None:
    p = tmp_path / "scan.pdf"
    p.write_bytes(_tiny_pdf(""))
    with pytest.raises(ExtractionError, match="no text layer"):
        read_document(p)


def test_broken_pdf_is_a_clear_error() -> None:
    with pytest.raises(ExtractionError, match="PDF"):
        read_document(b"%PDF-1.4 garbage", name="x.pdf")


def test_empty_file_is_a_clear_error(tmp_path: Path) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    with pytest.raises(ExtractionError, match="empty"):
        read_document(p)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ExtractionError, match="cannot open"):
        read_document(tmp_path / "nope.txt")


def test_extraction_error_is_a_value_error() -> None:
    assert issubclass(ExtractionError, ValueError)


def test_extract_rejects_bytes() -> None:
    with pytest.raises(ExtractionError):
        extract(b"abc")  # type: ignore[arg-type]
