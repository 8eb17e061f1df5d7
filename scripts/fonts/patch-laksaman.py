#!/usr/bin/env python3
"""Builds the Laksaman fonts shipped in resources/fonts/ from Debian's fonts-tlwg-laksaman-ttf.

Run from the project root (Debian: `apt-get install fonts-tlwg-laksaman-ttf python3-fonttools`):

    /usr/bin/python3 scripts/fonts/patch-laksaman.py [--source /usr/share/fonts/truetype/tlwg] [--out resources/fonts]

Any python3 with fontTools works; /usr/bin/python3 is Debian's, which has python3-fonttools.
The output is byte-for-byte reproducible for the same input fonts and fontTools version
(timestamps are kept from the source fonts).

Why each change (pdfmake lays text out with fontkit and pdfkit writes one ToUnicode entry per glyph,
the first one it meets; DESIGN.md section 6 lists what we measured with the unpatched font):

1. U+200B ZERO WIDTH SPACE is mapped to the font's empty zero-width ZWNJ glyph. We put ZWSP at
   every Thai word boundary so pdfmake can wrap lines; without a glyph each one printed as a box.

2. SARA AM (U+0E33) stays one precomposed glyph. The font's `ccmp` split it into NIKHAHIT + SARA AA
   (and a tone mark before it into NIKHAHIT + tone). pdfkit maps each glyph id to one text, so the
   shared SARA AA glyph made every ำ copy out as "ำา" or "้า". The precomposed glyph draws the
   same nikhahit in the same place; after a tone mark the tone keeps its high form, which clears
   the nikhahit; after ป ฝ ฟ the font's own `uni0E33.alt1` (nikhahit moved left) is used (see 4).

3. No glyph reordering. `ccmp` swapped a lower vowel and a following tone mark (ปุ่ → ป ่ ุ) by
   substituting each glyph with the other one's shape, so glyph ids no longer matched their text
   ("ผู้" copied out as "ผูู"). The tone still takes its low form, in place; the swaps among rare
   marks (phinthu, combining tilde / macron below) are dropped.

4. After the tall consonants ป ฝ ฟ, marks use the font's own pre-shifted ".left" glyphs (the
   legacy private-use variants) instead of a GPOS offset. pdfkit draws an offset glyph by moving the
   text matrix, so the mark ended well before the next letter and text extraction saw a word gap
   ("ป่ า") or even a line break. A pre-shifted glyph is drawn at the pen: same picture, no gap.
   Not handled: ฤ ฦ with a below vowel (not Thai orthography) in the bold and italic styles.

The script checks its result (assert_extractable) and fails if the source fonts ever change shape.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fontTools.otlLib.builder import buildSingleSubstSubtable
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables import otTables as ot

FONT_FILES = ["Laksaman.ttf", "Laksaman-Bold.ttf", "Laksaman-Italic.ttf", "Laksaman-BoldItalic.ttf"]
PATCH_TAG = "PR Desk patch 1 (ZWSP, precomposed SARA AM, no mark reordering, left marks after tall consonants)"

ZWSP = 0x200B
SARA_AM = "uni0E33"
SARA_AM_LEFT = "uni0E33.alt1"
SARA_AA = "uni0E32"
NIKHAHIT = "uni0E4D"
TONES = ["uni0E48", "uni0E49", "uni0E4A", "uni0E4B", "uni0E4C"]
# The font's legacy positional variants, found by their standard private-use code points
# (the same in every TLWG font) rather than by glyph names, which differ between styles.
UPPER_LEFT_PUA = {0x0E31: 0xF710, 0x0E34: 0xF701, 0x0E35: 0xF702, 0x0E36: 0xF703, 0x0E37: 0xF704,
                  0x0E47: 0xF712, 0x0E4D: 0xF711}
TONE_LEFT_PUA = {0x0E48: 0xF713, 0x0E49: 0xF714, 0x0E4A: 0xF715, 0x0E4B: 0xF716, 0x0E4C: 0xF717}
TONE_LOW_PUA = {0x0E48: 0xF70A, 0x0E49: 0xF70B, 0x0E4A: 0xF70C, 0x0E4B: 0xF70D, 0x0E4C: 0xF70E}
TONE_LOW_LEFT_PUA = {0x0E48: 0xF705, 0x0E49: 0xF706, 0x0E4A: 0xF707, 0x0E4B: 0xF708, 0x0E4C: 0xF709}
LOWER_VOWELS = ["uni0E38", "uni0E39", "uni0E3A"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", default="/usr/share/fonts/truetype/tlwg", type=Path)
    parser.add_argument("--out", default=Path("resources/fonts"), type=Path)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name in FONT_FILES:
        font = TTFont(args.source / name, recalcTimestamp=False)
        patch(font)
        assert_extractable(font)
        font.save(args.out / name)
        print(f"wrote {args.out / name}")
    return 0


def patch(font: TTFont) -> None:
    map_zwsp_to_empty_glyph(font)
    gsub = font["GSUB"].table
    keep_sara_am_precomposed(gsub)
    stop_mark_reordering(gsub)
    use_left_variants_after_tall_consonants(font, gsub)
    drop_inactive_lookups_from_features(gsub)
    stamp_version(font)


def map_zwsp_to_empty_glyph(font: TTFont) -> None:
    cmap = font["cmap"]
    zwnj = font.getBestCmap().get(0x200C)
    assert zwnj is not None, "source font has no ZWNJ glyph"
    assert font["hmtx"][zwnj][0] == 0, "ZWNJ glyph is not zero-width"
    assert font["glyf"][zwnj].numberOfContours == 0, "ZWNJ glyph is not empty"
    for table in cmap.tables:
        if table.isUnicode():
            table.cmap[ZWSP] = zwnj


def lookups_of(records) -> list[int]:
    return [r.LookupListIndex for r in records or []]


def find_lookup(gsub, lookup_type: int, predicate) -> int:
    found = [
        i
        for i, lookup in enumerate(gsub.LookupList.Lookup)
        if lookup.LookupType == lookup_type and any(predicate(st) for st in lookup.SubTable)
    ]
    assert len(found) == 1, f"expected one type-{lookup_type} lookup, found {found}"
    return found[0]


def chain_rules(gsub):
    """(subtable, rule set, rules) of every glyph- or class-based chaining-context rule set."""
    for lookup in gsub.LookupList.Lookup:
        if lookup.LookupType != 6:
            continue
        for st in lookup.SubTable:
            if st.Format == 1:
                for rule_set in st.ChainSubRuleSet or []:
                    if rule_set is not None:
                        yield st, rule_set, rule_set.ChainSubRule
            elif st.Format == 2:
                for rule_set in st.ChainSubClassSet or []:
                    if rule_set is not None:
                        yield st, rule_set, rule_set.ChainSubClassRule


def set_rules(rule_set, rules) -> None:
    if hasattr(rule_set, "ChainSubRule"):
        rule_set.ChainSubRule = rules
        rule_set.ChainSubRuleCount = len(rules)
    else:
        rule_set.ChainSubClassRule = rules
        rule_set.ChainSubClassRuleCount = len(rules)


def set_records(rule, records) -> None:
    rule.SubstLookupRecord = records
    rule.SubstCount = len(records)


def keep_sara_am_precomposed(gsub) -> None:
    decompose_am = find_lookup(gsub, 2, lambda st: st.mapping.get(SARA_AM) == [NIKHAHIT, SARA_AA])
    split_tone = find_lookup(gsub, 2, lambda st: st.mapping.get(TONES[0]) == [NIKHAHIT, TONES[0]])
    am_to_aa = find_lookup(gsub, 1, lambda st: st.mapping == {SARA_AM: SARA_AA})
    for _st, rule_set, rules in list(chain_rules(gsub)):
        kept = []
        for rule in rules:
            used = lookups_of(rule.SubstLookupRecord)
            if decompose_am in used:
                continue  # consonant + ำ: leave the precomposed glyph alone
            if split_tone in used or am_to_aa in used:
                # consonant + tone + ำ: still match, so the later "tone after consonant → low
                # tone" rule does not fire; the high tone clears the nikhahit.
                set_records(rule, [])
            kept.append(rule)
        set_rules(rule_set, kept)




def tall_consonants(font: TTFont) -> list[str]:
    """The bases the font's GPOS moves upper marks left on (ป ฝ ฟ): read, not assumed."""
    gpos = font["GPOS"].table
    for lookup in gpos.LookupList.Lookup:
        for st in lookup.SubTable:
            if lookup.LookupType == 4 and "uni0E31" in st.MarkCoverage.glyphs:
                return list(st.BaseCoverage.glyphs)
    raise AssertionError("no mark-to-base lookup for upper vowels")


def use_left_variants_after_tall_consonants(font: TTFont, gsub) -> None:
    """After ป ฝ ฟ, marks take the font's pre-shifted ".left" glyphs instead of a GPOS offset.

    pdfkit draws an offset glyph by moving the text matrix, so the mark ends well before the next
    letter starts, and text extraction reads that gap as a space ("ป่ า") or even a new line. A
    pre-shifted glyph is drawn at the pen position: same picture, no gap.
    """
    cmap = font.getBestCmap()

    def glyph(cp: int) -> str:
        name = cmap.get(cp)
        assert name is not None, f"source font lacks U+{cp:04X}"
        return name

    upper_left = {glyph(base): glyph(pua) for base, pua in UPPER_LEFT_PUA.items()}
    tone_left = {glyph(base): glyph(pua) for base, pua in TONE_LEFT_PUA.items()}
    low_left = {glyph(TONE_LOW_PUA[cp]): glyph(pua) for cp, pua in TONE_LOW_LEFT_PUA.items()}
    am_left = {SARA_AM: SARA_AM_LEFT}
    assert SARA_AM_LEFT in font.getGlyphOrder(), "source font has no uni0E33.alt1"
    tall = tall_consonants(font)

    def add_single(mapping) -> int:
        lookup = ot.Lookup()
        lookup.LookupType = 1
        lookup.LookupFlag = 0
        lookup.SubTable = [buildSingleSubstSubtable(mapping)]
        lookup.SubTableCount = 1
        gsub.LookupList.Lookup.append(lookup)
        return len(gsub.LookupList.Lookup) - 1

    upper_lookup = add_single(upper_left)
    tone_lookup = add_single(tone_left)
    low_lookup = add_single(low_left)
    am_lookup = add_single(am_left)

    def coverage(glyphs):
        cov = ot.Coverage()
        cov.glyphs = sorted(set(glyphs), key=font.getGlyphID)
        return cov

    def rule(inputs, records):
        # One backtrack glyph only: fontkit reads multi-glyph backtracks in the wrong order
        # (farthest first), HarfBuzz in the right one; longer contexts go in the input instead.
        st = ot.ChainContextSubst()
        st.Format = 3
        st.BacktrackCoverage = [coverage(tall)]
        st.BacktrackGlyphCount = 1
        st.InputCoverage = [coverage(g) for g in inputs]
        st.InputGlyphCount = len(inputs)
        st.LookAheadCoverage = []
        st.LookAheadGlyphCount = 0
        st.SubstLookupRecord = []
        for sequence_index, lookup_index in records:
            record = ot.SubstLookupRecord()
            record.SequenceIndex = sequence_index
            record.LookupListIndex = lookup_index
            st.SubstLookupRecord.append(record)
        st.SubstCount = len(st.SubstLookupRecord)
        return st

    chain = ot.Lookup()
    chain.LookupType = 6
    chain.LookupFlag = 0
    # Longer contexts first: the first subtable that matches at a glyph wins.
    chain.SubTable = [
        rule([upper_left, tone_left], [(0, upper_lookup), (1, tone_lookup)]),  # ปิ่
        rule([upper_left], [(0, upper_lookup)]),  # ปิ
        rule([tone_left, am_left], [(0, tone_lookup), (1, am_lookup)]),  # ป้ำ (tone kept high)
        rule([low_left], [(0, low_lookup)]),  # ป่
        rule([LOWER_VOWELS, low_left], [(1, low_lookup)]),  # ปุ่
        rule([am_left], [(0, am_lookup)]),  # ปำ
    ]
    chain.SubTableCount = len(chain.SubTable)
    gsub.LookupList.Lookup.append(chain)
    chain_index = len(gsub.LookupList.Lookup) - 1
    gsub.LookupList.LookupCount = len(gsub.LookupList.Lookup)
    for record in gsub.FeatureList.FeatureRecord:
        if record.FeatureTag == "ccmp":
            record.Feature.LookupListIndex.append(chain_index)
            record.Feature.LookupCount = len(record.Feature.LookupListIndex)

    # They are marks; GDEF called them bases because only legacy renderers used them.
    classes = font["GDEF"].table.GlyphClassDef.classDefs
    for variant in [*upper_left.values(), *tone_left.values(), *low_left.values()]:
        classes[variant] = 3


def stop_mark_reordering(gsub) -> None:
    low_tone = find_lookup(
        gsub, 1, lambda st: st.mapping == {t: f"{t}.low" for t in TONES}
    )
    for _st, rule_set, rules in list(chain_rules(gsub)):
        kept = []
        for rule in rules:
            records = rule.SubstLookupRecord or []
            is_swap = (
                len(records) == 2
                and {r.SequenceIndex for r in records} == {0, 1}
                and records[0].LookupListIndex == records[1].LookupListIndex
            )
            if not is_swap:
                kept.append(rule)
                continue
            second = rule.Input[0] if rule.Input else None
            if second in TONES:
                # lower vowel + tone: the tone takes its low form where it stands
                record = ot.SubstLookupRecord()
                record.SequenceIndex = 1
                record.LookupListIndex = low_tone
                set_records(rule, [record])
                kept.append(rule)
            # any other swap only reordered marks: drop it
        set_rules(rule_set, kept)


def active_lookup_indices(gsub) -> set[int]:
    return {i for fr in gsub.FeatureList.FeatureRecord for i in fr.Feature.LookupListIndex}


def drop_inactive_lookups_from_features(gsub) -> None:
    """A chaining lookup whose rules are all gone is removed from the features that list it."""
    empty = set()
    for i, lookup in enumerate(gsub.LookupList.Lookup):
        if lookup.LookupType != 6:
            continue
        has_rules = False
        for st in lookup.SubTable:
            if st.Format == 3:
                has_rules = True
            elif st.Format == 1:
                has_rules |= any(rs and rs.ChainSubRule for rs in st.ChainSubRuleSet or [])
            elif st.Format == 2:
                has_rules |= any(rs and rs.ChainSubClassRule for rs in st.ChainSubClassSet or [])
        if not has_rules:
            empty.add(i)
    for record in gsub.FeatureList.FeatureRecord:
        record.Feature.LookupListIndex = [i for i in record.Feature.LookupListIndex if i not in empty]
        record.Feature.LookupCount = len(record.Feature.LookupListIndex)


def stamp_version(font: TTFont) -> None:
    for record in font["name"].names:
        if record.nameID == 5:
            record.string = f"{record.toUnicode()}; {PATCH_TAG}"


def assert_extractable(font: TTFont) -> None:
    """Every glyph the active substitutions produce stands for exactly one text."""
    gsub = font["GSUB"].table
    cmap_glyphs = {}
    for codepoint, glyph in font.getBestCmap().items():
        # Private-use code points name the legacy positional variants; no typed text uses them.
        if not 0xE000 <= codepoint <= 0xF8FF:
            cmap_glyphs.setdefault(glyph, set()).add(codepoint)
    active = set(active_lookup_indices(gsub))
    # lookups reached through chaining rules count as active too
    for i in list(active):
        lookup = gsub.LookupList.Lookup[i]
        if lookup.LookupType == 6:
            for st in lookup.SubTable:
                if st.Format == 3:
                    active.update(lookups_of(st.SubstLookupRecord))
    for _st, _rule_set, rules in chain_rules(gsub):
        for rule in rules:
            active.update(lookups_of(rule.SubstLookupRecord))
    sources: dict[str, set[str]] = {}
    for i in sorted(active):
        lookup = gsub.LookupList.Lookup[i]
        assert lookup.LookupType in (1, 4, 6), f"active lookup {i} has type {lookup.LookupType}"
        if lookup.LookupType == 1:
            for st in lookup.SubTable:
                for src, dst in st.mapping.items():
                    sources.setdefault(dst, set()).add(src)
    for dst, srcs in sources.items():
        assert len(srcs) == 1, f"{dst} is produced from several glyphs: {sorted(srcs)}"
        assert dst not in cmap_glyphs or cmap_glyphs[dst] == {
            cp for s in srcs for cp in cmap_glyphs.get(s, set())
        }, f"{dst} has its own character but is also produced from {sorted(srcs)}"
    assert font.getBestCmap().get(ZWSP) is not None


if __name__ == "__main__":
    sys.exit(main())
