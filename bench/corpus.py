#!/usr/bin/env python3
"""Writes a benchmark project: the shipped config, theme and interface strings,
and in each of the 8 locales the shipped pages plus 1,000 workshops made from
the English sheets (same length and Markdown as real ones).

usage: bench/corpus.py OUT_DIR [WORKSHOPS_PER_LOCALE]
"""
import pathlib
import shutil
import sys

root = pathlib.Path(__file__).resolve().parent.parent
out = pathlib.Path(sys.argv[1])
count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000

if out.exists():
    shutil.rmtree(out)
out.mkdir(parents=True)
shutil.copy(root / "config.toml", out / "config.toml")
shutil.copytree(root / "themes", out / "themes")
shutil.copytree(root / "locales", out / "locales")

locales = [line.split('"')[1] for line in (root / "config.toml").read_text().splitlines() if line.startswith("code = ")]
english = root / "content" / "en"
sheets = sorted(p for p in (english / "workshops").glob("*.md") if p.name != "_index.md")
for locale in locales:
    target = out / "content" / locale
    # Every locale gets the full English page set, as if fully translated.
    shutil.copytree(english, target)
    if locale != "en":
        for page in target.rglob("*.md"):
            text = page.read_text()
            page.write_text(text.replace("\n+++\n", '\ntranslation = "draft"\n+++\n', 1))
    workshops = target / "workshops"
    for i in range(count):
        source = sheets[i % len(sheets)]
        text = source.read_text().replace('title = "', f'title = "{i:04} ', 1)
        (workshops / f"bench-{i:04}-{source.name}").write_text(text)
print(f"{out}: {len(locales)} locales x {count} workshops")
