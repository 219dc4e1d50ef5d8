#!/usr/bin/env python3
"""Writes the hand-made seeds of the fuzz corpora: for each reader a small
valid document with headings, lists and tables, and the broken kinds the
engine must refuse by name (empty, scanned, encrypted, corrupt, truncated,
bombs, deep nesting).

Each file name starts with what reading it must give, which
crates/engine/tests/fuzz_seeds.rs checks: `ok-`, `empty-`, `scanned-`,
`encrypted-`, `corrupt-`, `bomb-`, `unsupported-`, or `any-` where either
reading or a clear refusal is right. Files the fuzzers found are named by
their hash and may give any clear result.

Only the standard library is used. Run from anywhere:
    python3 fuzz/seeds.py
"""

import io
import os
import struct
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")


def write(target, name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    folder = os.path.join(CORPUS, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def zipped(entries, stored_first=False):
    """A zip of (name, bytes) entries; the first stored if asked (ODF)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for i, (name, data) in enumerate(entries):
            method = zipfile.ZIP_STORED if (stored_first and i == 0) else zipfile.ZIP_DEFLATED
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = method
            z.writestr(info, data)
    return out.getvalue()


def with_encryption_flag(data):
    """Marks every entry as encrypted (general-purpose flag bit 0), as a
    password-protected zip would be, without a real cipher."""
    data = bytearray(data)
    for signature, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while True:
            i = data.find(signature, start)
            if i < 0:
                break
            flags = struct.unpack_from("<H", data, i + flag_at)[0] | 1
            struct.pack_into("<H", data, i + flag_at, flags)
            start = i + 4
    return bytes(data)


def truncated(data):
    return data[: len(data) // 2]


def flipped(data, at):
    data = bytearray(data)
    data[at % len(data)] ^= 0xFF
    return bytes(data)


# ---------------------------------------------------------------- text

def text_seeds():
    write("text", "ok-structure.txt",
          "1. Background\nOliver lives with his mum and sister.\n\nWhat worries us?\n"
          "- He finds it hard to join group play at lunchtime.\n* Visual timetable\n"
          "(a) Speech and language therapy\n"
          "Assessment | Score | Range\nReading\t85\tBelow average\n"
          "Toe by Toe (1:1 with TA)     15 min daily     Good progress\n"
          "He was diagnosed with autism at age 4 and\nstill needs adult support.\n")
    write("text", "ok-crlf-latin1.txt", b"Needs\r\nHe reads at caf\xe9 level.\r\n\r\n- Support\r\n")
    write("text", "ok-utf16-bom.txt", "\ufeffNeeds\nHe has autism.\n".encode("utf-16-le"))
    write("text", "ok-long-line.txt", "word " * 800)
    write("text", "ok-only-bullets.txt", "- \n* \n• x\n(a) \n1. \n" * 20)
    write("text", "ok-table-edge.txt", "|||\n| a |\n\t\t\n a   b   \n" * 10)
    write("text", "empty-whitespace.txt", " \n\t\r\n   \n")
    write("text", "ok-control-bytes.txt", bytes(range(1, 32)) + b"Needs\nText.\x7f\n")


# ---------------------------------------------------------------- docx

DOCX_BODY = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Needs</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">He was diagnosed with autism </w:t></w:r><w:r><w:t>at age 4.</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Visual timetable</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>Speech &amp; language therapy</w:t><w:tab/><w:t>weekly</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Reading</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Below age</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
</w:body></w:document>"""

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""


def docx(body):
    return zipped([("[Content_Types].xml", CONTENT_TYPES), ("word/document.xml", body)])


def docx_seeds():
    good = docx(DOCX_BODY)
    write("docx", "ok-structure.docx", good)
    write("docx", "scanned-pictures-only.docx", docx(
        '<w:document xmlns:w="w"><w:body><w:p><w:r><w:drawing><wp:inline xmlns:wp="wp"/></w:drawing></w:r></w:p></w:body></w:document>'))
    write("docx", "empty-no-paragraphs.docx", docx('<w:document xmlns:w="w"><w:body><w:p/></w:body></w:document>'))
    write("docx", "encrypted-ole-container.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    write("docx", "encrypted-zip-entries.docx", with_encryption_flag(good))
    write("docx", "corrupt-truncated.docx", truncated(good))
    write("docx", "corrupt-bad-crc.docx", flipped(good, good.find(b"word/document.xml") + 40))
    write("docx", "corrupt-entity-expansion.docx", docx(
        '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        '<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>&b;&b;&b;</w:t></w:r></w:p></w:body></w:document>'))
    write("docx", "corrupt-empty-zip.docx", b"PK\x05\x06" + bytes(18))
    # Each end record costs the zip crate a scan of the file: refused by count.
    write("docx", "corrupt-many-end-records.docx",
          b"PK\x03\x04" + (b"PK\x05\x06" + bytes(4) + b"\xff" * 4 + bytes(10)) * 1000)
    write("docx", "bomb-deep-xml.docx", docx("<a>" * 1000 + "</a>" * 1000))
    write("docx", "bomb-zip-expansion.docx", docx(" " * (33 * 1024 * 1024)))


# ---------------------------------------------------------------- odt

ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"
MANIFEST = """<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"""
ENCRYPTED_MANIFEST = MANIFEST.replace(
    'manifest:media-type="text/xml"/>',
    'manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"><manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="x"/></manifest:encryption-data></manifest:file-entry>')


def odt_content(inner):
    return ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
            'office:version="1.2"><office:body><office:text>' + inner +
            '</office:text></office:body></office:document-content>')


ODT_BODY = odt_content(
    '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>Removed</text:p></text:deletion></text:changed-region></text:tracked-changes>'
    '<text:h text:outline-level="1">Needs</text:h>'
    '<text:p text:style-name="P1">He was diagnosed with <text:span>autism</text:span> at age 4.<text:s text:c="3"/>'
    'He walks<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>With a frame.</text:p></text:note-body></text:note> to class.</text:p>'
    '<text:list><text:list-item><text:number>1.</text:number><text:p>Visual timetable</text:p></text:list-item>'
    '<text:list-item><text:p>Speech &amp; language<text:tab/>therapy</text:p></text:list-item></text:list>'
    '<table:table table:name="T1"><table:table-row><table:table-cell><text:p>Reading</text:p></table:table-cell>'
    '<table:table-cell><text:p>Below</text:p><text:p>age</text:p></table:table-cell><table:covered-table-cell/></table:table-row></table:table>'
    '<text:p text:style-name="Heading_20_2">Outcomes</text:p>')


def odt(content, mimetype=ODT_MIMETYPE, manifest=MANIFEST):
    return zipped([("mimetype", mimetype), ("META-INF/manifest.xml", manifest), ("content.xml", content)],
                  stored_first=True)


def odt_seeds():
    good = odt(ODT_BODY)
    write("odt", "ok-structure.odt", good)
    write("odt", "ok-mimetype-not-first.odt", zipped([("content.xml", ODT_BODY), ("mimetype", ODT_MIMETYPE)]))
    write("odt", "ok-huge-space-count.odt", odt(odt_content('<text:p>a<text:s text:c="4294967295"/>b</text:p>')))
    write("odt", "scanned-image-only.odt", odt(odt_content(
        '<text:p><draw:frame><draw:image xlink:href="Pictures/1.png" xmlns:xlink="x"/></draw:frame></text:p>')))
    write("odt", "empty-no-text.odt", odt(odt_content("<text:p/><text:p> </text:p>")))
    write("odt", "encrypted-manifest.odt", odt("\x01\x02 not xml", manifest=ENCRYPTED_MANIFEST))
    write("odt", "encrypted-zip-entries.odt", with_encryption_flag(good))
    write("odt", "unsupported-spreadsheet.odt", odt(odt_content(""), mimetype="application/vnd.oasis.opendocument.spreadsheet"))
    write("odt", "corrupt-truncated.odt", truncated(good))
    write("odt", "corrupt-no-content.odt", zipped([("mimetype", ODT_MIMETYPE), ("META-INF/manifest.xml", MANIFEST)], stored_first=True))
    write("odt", "corrupt-malformed-xml.odt", odt(odt_content("<text:p>open</text:h>")))
    write("odt", "corrupt-entity-expansion.odt", odt(
        '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>' + odt_content("<text:p>&b;&b;</text:p>")))
    write("odt", "bomb-deep-xml.odt", odt("<a>" * 1000 + "</a>" * 1000))
    write("odt", "bomb-zip-expansion.odt", odt(" " * (33 * 1024 * 1024)))


# ---------------------------------------------------------------- rtf

RTF_GOOD = r"""{\rtf1\ansi\ansicpg1252\deff0\uc1{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\fnil Symbol;}}
{\colortbl;\red0\green0\blue0;}
{\stylesheet{\s0\snext0 Normal;}{\s1\sbasedon0\snext0\outlinelevel0 heading 1;}{\s2 Title;}{\*\cs10 Default Paragraph Font;}}
{\*\listtable{\list\listtemplateid1{\listlevel\levelnfc23{\leveltext\'01\u8226 ?;}}\listid1}}
{\*\generator Tandem seeds;}{\info{\title Not the text}{\author Someone}}
{\header\pard Confidential\par}
\pard\plain\s2 Education, health and care needs assessment\par
\pard\plain\s1 Needs\par
\pard\plain He was diagnosed with {\b autism} at age 4.\line He reads at caf\'e9 level \u8212?\~well.\par
{\listtext\pard\plain\f1 \'b7\tab}\pard\ls1\ilvl0 Visual timetable\par
{\pntext\f1 2.\tab}\pard\pnlvlbody Speech & language therapy{\footnote\pard A footnote.}\par
\trowd\cellx3000\cellx6000\pard\intbl Reading\cell Below\par age\cell\row
\pard\outlinelevel1 Outcomes\par
\pard{\field{\*\fldinst HYPERLINK "http://x"}{\fldrslt Linked text}}\par
{\*\shppict{\pict\pngblip\picw1\pich1 89504e470d0a1a0a}}{\nonshppict{\pict\wmetafile8 0100}}
}"""


def rtf_seeds():
    write("rtf", "ok-structure.rtf", RTF_GOOD)
    write("rtf", "ok-wordpad-plain.rtf", "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Calibri;}}\\viewkind4\\uc1\\pard\\f0\\fs22 Needs\\par He has autism.\\par\n}\n\x00")
    write("rtf", "ok-bom-and-unicode.rtf", "\ufeff {\\rtf1\\uc2 \\u-10179??\\u-8704?? \\u20320\\'c4\\'e3 \\u-1?a\\u99999999999 x\\uc0\\u233 t\\par}")
    write("rtf", "ok-truncated.rtf", truncated(RTF_GOOD))
    write("rtf", "ok-unbalanced-close.rtf", "{\\rtf1 Text}}}}}\\par more}")
    write("rtf", "ok-bin-overflow.rtf", "{\\rtf1 Before\\par{\\*\\objdata\\bin99999999999999999999 }After}")
    write("rtf", "ok-bin-negative.rtf", "{\\rtf1 Before\\bin-5 After\\par}")
    write("rtf", "ok-long-control-word.rtf", "{\\rtf1 \\" + "a" * 3000 + "12345678901234567890 Text\\par}")
    write("rtf", "ok-bad-hex.rtf", "{\\rtf1 \\'zz \\'4 \\'\\par x\\'")
    write("rtf", "ok-nested-tables.rtf", "{\\rtf1\\pard\\intbl A\\cell{\\pard\\intbl\\itap2 B\\nestcell{\\*\\nesttableprops\\trowd\\nestrow}}C\\cell\\row\\pard D\\par}")
    write("rtf", "ok-stray-star.rtf", "{\\rtf1 Kept \\* still kept\\par}")
    write("rtf", "scanned-picture-only.rtf", "{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}{\\pict\\jpegblip\\picw100\\pich100 ffd8ffe000104a464946}\\par}")
    write("rtf", "empty-tables-only.rtf", "{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red255;}\\pard\\par}")
    write("rtf", "corrupt-not-rtf.rtf", "This is not RTF at all.\n")
    write("rtf", "bomb-deep-groups.rtf", "{\\rtf1 " + "{" * 5000 + "x" + "}" * 5000 + "}")


# ---------------------------------------------------------------- pdf

def pdf(objects, trailer_extra=b"", version=b"1.5"):
    """A PDF from numbered object bodies (1-based), with a correct xref."""
    out = bytearray(b"%PDF-" + version + b"\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1) + trailer_extra + b">>\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def stream(data, extra=b""):
    return b"<< /Length %d " % len(data) + extra + b">>\nstream\n" + data + b"\nendstream"


def text_content(lines):
    ops = [b"BT /F1 12 Tf 72 760 Td 14 TL"]
    for line in lines:
        escaped = line.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        ops.append(b"(" + escaped + b") Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


def text_pdf(pages, compress=False, trailer_extra=b""):
    """Catalog 1, Pages 2, Font 3, then a page and its content per page."""
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d /MediaBox [0 0 595 842] >>" % len(pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, lines in enumerate(pages):
        content = text_content(lines)
        body = stream(zlib.compress(content), b"/Filter /FlateDecode ") if compress else stream(content)
        objects.append(b"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i))
        objects.append(body)
    return pdf(objects, trailer_extra)


PDF_PAGES = [
    [b"Needs", b"He was diagnosed with autism at age 4.", b"- Visual timetable",
     b"- Speech and language therapy", b"Reading     Below age     Support"],
    [b"Outcomes", b"By the end of key stage 2 he will read with confidence."],
]


def pdf_seeds():
    good = text_pdf(PDF_PAGES)
    write("pdf", "ok-structure.pdf", good)
    write("pdf", "ok-compressed.pdf", text_pdf(PDF_PAGES, compress=True))
    image = stream(b"\x80", b"/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 ")
    write("pdf", "scanned-image-only.pdf", pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>",
        b"<< /Type /Page /Parent 2 0 R /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
        stream(b"q 595 0 0 842 0 0 cm /Im1 Do Q"),
        image,
    ]))
    encrypt = (b"/Encrypt << /Filter /Standard /V 1 /R 2 /P -4 /O <" + b"01" * 32 + b"> /U <" + b"02" * 32 +
               b"> >> /ID [<" + b"03" * 16 + b"> <" + b"03" * 16 + b">] ")
    write("pdf", "encrypted-standard-handler.pdf", text_pdf(PDF_PAGES[:1], trailer_extra=encrypt))
    write("pdf", "empty-no-pages.pdf", pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]))
    write("pdf", "corrupt-header-only.pdf", b"%PDF-1.7\n")
    write("pdf", "any-truncated.pdf", truncated(good))
    write("pdf", "any-bad-xref.pdf", good.replace(b"startxref\n", b"startxref\n9") )
    write("pdf", "any-page-tree-loop.pdf", pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>"]))
    write("pdf", "any-flate-bomb.pdf", pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>",
        stream(zlib.compress(b" " * (8 * 1024 * 1024), 9), b"/Filter /FlateDecode "),
    ]))
    write("pdf", "any-garbage-streams.pdf", text_pdf(PDF_PAGES[:1]).replace(b"/Length", b"/Length 99999 /X"))


if __name__ == "__main__":
    text_seeds()
    docx_seeds()
    odt_seeds()
    rtf_seeds()
    pdf_seeds()
