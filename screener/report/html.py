"""An HTML report a person would rather look at: one self-contained file.

Thumbnails (at most 320 px, metadata stripped) with face boxes coloured by consent status, the
findings per file, and a filter by rule (also from the address: `report.html#rule=A2-NAAM`).
No remote resources; everything escaped. The report holds reduced photos: it says so at the top.
"""

from __future__ import annotations

import base64
import io
from collections import defaultdict
from html import escape
from pathlib import Path

from screener import catalog
from screener.findings import Finding, Severity

THUMBNAIL_PIXELS = 320
CONSENT_COLOURS = {"toestemming": "#1a7f37", "geen-toestemming": "#cf222e", "onbekend": "#6e7781"}
CONSENT_BY_RULE = {
    "A5-GEZICHT": "toestemming",
    "A5-GEZICHT-ZONDER-TOESTEMMING": "geen-toestemming",
    "A5-NIET-BENOEMD": "geen-toestemming",
    "A5-GEZICHT-ONBEKEND": "geen-toestemming",
}
CONSENT_LABELS = {"toestemming": "toestemming", "geen-toestemming": "geen toestemming of niet benoemd",
                  "onbekend": "onbekend"}

STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
header{background:#fff;border-bottom:1px solid #d0d7de;padding:1rem 1.5rem}
h1{font-size:1.3rem;margin:0 0 .4rem}
.warning{background:#fff8c5;border:1px solid #d4a72c;padding:.5rem .8rem;border-radius:6px;margin:.5rem 0}
.summary{color:#59636e}
main{display:flex;gap:1.5rem;padding:1rem 1.5rem;align-items:flex-start}
nav{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:.8rem 1rem;flex:0 0 17rem;position:sticky;top:1rem}
nav label{display:block;font-size:.9rem;margin:.15rem 0}
nav button{margin:.4rem .3rem 0 0}
.files{flex:1;min-width:0;display:flex;flex-direction:column;gap:1rem}
section.file{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:.8rem 1rem;display:flex;gap:1rem}
section.file h2{font-size:1rem;margin:0 0 .5rem;word-break:break-all}
.thumb{position:relative;flex:none;align-self:flex-start;line-height:0}
.thumb img{display:block}
.thumb svg{position:absolute;inset:0;width:100%;height:100%}
ul{margin:0;padding-left:1.1rem}
li{margin:.3rem 0}
.sev{font-weight:600;text-transform:uppercase;font-size:.75rem;padding:0 .3rem;border-radius:4px;color:#fff}
.sev-error{background:#cf222e}.sev-warning{background:#9a6700}.sev-info{background:#0969da}
.rule{font-family:ui-monospace,monospace;font-size:.85rem}
.where{color:#59636e;font-family:ui-monospace,monospace;font-size:.85rem}
.legend span{display:inline-block;margin-right:1rem}
.legend i{display:inline-block;width:.8rem;height:.8rem;border:3px solid;margin-right:.3rem;vertical-align:middle}
.failed{color:#cf222e}
"""

SCRIPT = """
(function(){
  var boxes = Array.prototype.slice.call(document.querySelectorAll('nav input[data-rule]'));
  function apply(){
    var on = {};
    boxes.forEach(function(b){ on[b.getAttribute('data-rule')] = b.checked; });
    document.querySelectorAll('[data-finding]').forEach(function(el){
      if (on[el.getAttribute('data-rule')]) { el.removeAttribute('hidden'); } else { el.setAttribute('hidden', ''); }
    });
    document.querySelectorAll('section.file').forEach(function(sec){
      var shown = sec.querySelectorAll('li[data-finding]:not([hidden])').length > 0 || sec.hasAttribute('data-failed');
      if (shown) { sec.removeAttribute('hidden'); } else { sec.setAttribute('hidden', ''); }
    });
    var count = document.querySelectorAll('li[data-finding]:not([hidden])').length;
    document.getElementById('visible').textContent = count;
  }
  function fromHash(){
    var match = /(?:^|[#&])rule=([^&]*)/.exec(location.hash);
    if (!match) { return; }
    var wanted = decodeURIComponent(match[1]).split(',');
    boxes.forEach(function(b){ b.checked = wanted.indexOf(b.getAttribute('data-rule')) >= 0; });
  }
  boxes.forEach(function(b){ b.addEventListener('change', apply); });
  document.getElementById('all').addEventListener('click', function(){ boxes.forEach(function(b){ b.checked = true; }); apply(); });
  document.getElementById('none').addEventListener('click', function(){ boxes.forEach(function(b){ b.checked = false; }); apply(); });
  window.addEventListener('hashchange', function(){ fromHash(); apply(); });
  fromHash();
  apply();
})();
"""


def consent_status(finding: Finding) -> str:
    return CONSENT_BY_RULE.get(finding.rule, "onbekend")


def thumbnail(path: Path) -> tuple[str, int, int, tuple[int, int]] | None:
    """(data: URI of a small JPEG without metadata, width, height of the photo as displayed, thumbnail size)."""
    try:
        from PIL import Image, ImageOps

        with Image.open(path) as image:
            image = ImageOps.exif_transpose(image)
            width, height = image.size
            small = image.convert("RGB")
            small.thumbnail((THUMBNAIL_PIXELS, THUMBNAIL_PIXELS))
            buffer = io.BytesIO()
            small.save(buffer, format="JPEG", quality=70)  # no exif=...: metadata is not copied
    except Exception:  # a photo we cannot shrink is still listed, without thumbnail
        return None
    uri = "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
    return uri, width, height, small.size


def _thumb_html(path: Path, findings: list[Finding]) -> str:
    made = thumbnail(path)
    if made is None:
        return ""
    uri, width, height, (thumb_width, thumb_height) = made
    rects = []
    stroke = max(2, round(max(width, height) / 160))
    for f in findings:
        if f.box is None:
            continue
        status = consent_status(f)
        rects.append(f'<rect data-finding data-rule="{escape(f.rule)}" x="{f.box.x}" y="{f.box.y}" '
                     f'width="{f.box.width}" height="{f.box.height}" fill="none" '
                     f'stroke="{CONSENT_COLOURS[status]}" stroke-width="{stroke}">'
                     f'<title>{escape(CONSENT_LABELS[status])}: {escape(f.rule)}</title></rect>')
    return (f'<div class="thumb"><img src="{uri}" alt="verkleinde foto" width="{thumb_width}" height="{thumb_height}">'
            f'<svg viewBox="0 0 {width} {height}" preserveAspectRatio="none">{"".join(rects)}</svg></div>')


def _finding_html(f: Finding) -> str:
    where = f"{f.line}:{f.col}" if f.line else ""
    consent = ""
    if f.box is not None:
        status = consent_status(f)
        consent = (f' <span class="where" style="color:{CONSENT_COLOURS[status]}">'
                   f'[gezicht: {escape(CONSENT_LABELS[status])}]</span>')
    return (f'<li data-finding data-rule="{escape(f.rule)}" data-severity="{f.severity.label}">'
            f'<span class="sev sev-{f.severity.label}">{escape(f.severity.dutch)}</span> '
            f'<span class="rule">{escape(f.rule)}</span> <span class="where">{escape(where)}</span>{consent} '
            f'{escape(f.message)}</li>')


def render(result, findings: list[Finding], meta: dict, colour: bool = False, *, thumbnails: bool = True,
           sources: dict[str, Path] | None = None) -> str:
    """The report. `sources` maps a shown path to the file on disk (default: the shown path itself)."""
    sources = sources or {}
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        by_file[f.path].append(f)
    errors = {r.path: r.error for r in result.errors}
    rules = sorted({f.rule for f in findings})
    counts = {s: sum(1 for f in findings if f.severity == s) for s in Severity}

    sections = []
    for shown in sorted(set(by_file) | set(errors)):
        items = by_file.get(shown, [])
        image = ""
        source = sources.get(shown, Path(shown))
        if thumbnails and _is_photo(source):
            image = _thumb_html(source, items)
        failed = f'<p class="failed">{escape(errors[shown])}</p>' if shown in errors else ""
        listing = "".join(_finding_html(f) for f in items if f.rule != "E-BESTAND" or shown not in errors)
        sections.append(f'<section class="file"{" data-failed" if shown in errors else ""}>{image}<div>'
                        f'<h2>{escape(shown)}</h2>{failed}<ul>{listing}</ul></div></section>')

    filters = "".join(
        f'<label><input type="checkbox" data-rule="{escape(r)}" checked> <span class="rule">{escape(r)}</span> '
        f'({sum(1 for f in findings if f.rule == r)}) {escape(_title(r))}</label>' for r in rules)
    legend = "".join(f'<span><i style="border-color:{CONSENT_COLOURS[k]}"></i>{escape(v)}</span>'
                     for k, v in CONSENT_LABELS.items())
    summary = (f"{len(result.files)} bestanden gescreend; {counts[Severity.ERROR]} fouten, "
               f"{counts[Severity.WARNING]} waarschuwingen, {counts[Severity.INFO]} info; "
               f"{len(result.errors)} bestanden konden niet gescreend worden.")
    version = escape(f"{meta.get('name', 'screener')} {meta.get('version', '')}".strip())
    empty = "" if sections else "<p>Geen bevindingen.</p>"
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="robots" content="noindex">
<meta name="generator" content="screener">
<title>Screener-rapport</title>
<style>{STYLE}</style>
</head>
<body>
<header>
<h1>Screener-rapport</h1>
<p class="warning" id="confidential"><strong>Vertrouwelijk:</strong> dit rapport bevat verkleinde foto's van leerlingen en medewerkers. Deel het niet buiten de school en verwijder het als je klaar bent.</p>
<p class="summary">{escape(summary)} <span class="where">({version})</span></p>
<p class="legend">Gezichtskaders: {legend}</p>
</header>
<main>
<nav aria-label="Filter op regel">
<strong>Filter op regel</strong> (<span id="visible">{len(findings)}</span> zichtbaar)
{filters}
<button type="button" id="all">Alles</button><button type="button" id="none">Niets</button>
</nav>
<div class="files">{"".join(sections)}{empty}</div>
</main>
<script>{SCRIPT}</script>
</body>
</html>
"""


def _title(rule_id: str) -> str:
    rule = catalog.RULES.get(rule_id)
    return rule.title if rule else ""


def _is_photo(path: Path) -> bool:
    from screener.images.video import VIDEO_SUFFIXES

    try:
        from screener.images import IMAGE_SUFFIXES
    except ImportError:
        IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}
    return path.suffix.lower() in IMAGE_SUFFIXES and path.suffix.lower() not in VIDEO_SUFFIXES and path.is_file()
