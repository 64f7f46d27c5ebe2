"""Posts for the hook tests (invented people)."""

PUPIL_POST = """---
title: Voorleeswedstrijd
---
# Voorleeswedstrijd

Vandaag was de finale van de voorleeswedstrijd in de aula. Sanne de Vries uit groep 6 won met een
spannend fragment uit haar lievelingsboek. Alle kinderen hebben goed geluisterd.
"""
FIXED_POST = PUPIL_POST.replace("Sanne de Vries uit groep 6", "een leerling uit groep 6")


def minimal_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text is `lines` (Helvetica, one line each), as a newsletter export makes."""
    escaped = [line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for line in lines]
    text = "BT /F1 12 Tf 72 760 Td 16 TL " + " ".join(f"({line}) '" for line in escaped) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(text.encode('latin-1'))} >>\nstream\n{text}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


SVG_LOGO = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" viewBox="0 0 120 120">
  <title>Logo</title>
  <circle cx="60" cy="60" r="50" fill="#f5a623"/>
  <path d="M20 80 Q60 10 100 80" stroke="#4a90e2" stroke-width="8" fill="none"/>
</svg>
"""
