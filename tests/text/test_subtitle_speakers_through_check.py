"""Pupils' first names as speaker labels in a subtitle file (.srt, .vtt) or a transcript with cue
timings, as a user sees it from `screener check`; beside it a subtitle file whose labels are roles
and sounds, which stays quiet. The files are made up for these tests."""

from __future__ import annotations

from tests.helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Klimop"]
"""

SRT = ("1\n00:00:01,000 --> 00:00:03,000\n[FLEUR] Vandaag gaan we naar het bos.\n\n"
       "2\n00:00:03,500 --> 00:00:06,000\nTIJN: Ik zie een eekhoorn!\n")
VTT = ("WEBVTT\n\n00:01.000 --> 00:03.000\n- Noor: Kijk, paddenstoelen.\n\n"
       "00:03.500 --> 00:05.000\n(Jesse) Niet aankomen!\n")
QUIET = ("1\n00:00:01,000 --> 00:00:03,000\n[MUZIEK]\n\n2\n00:00:03,500 --> 00:00:06,000\n"
         "VERTELLER: Welkom in het bos.\n\n3\n00:00:06,500 --> 00:00:08,000\nJUF: Wie heeft er laarzen aan?\n")


def test_first_names_as_speaker_labels_in_an_srt_file_are_reported_at_the_label(check):
    result = check("bosdag.srt", SRT)
    assert reported_at(result, "bosdag.srt", SRT, "FLEUR"), result.output
    assert reported_at(result, "bosdag.srt", SRT, "TIJN"), result.output
    assert result.exit_code == 1, result.output


def test_first_names_after_a_dash_or_in_brackets_in_a_vtt_file_are_reported(check):
    result = check("bosdag.vtt", VTT)
    assert reported_at(result, "bosdag.vtt", VTT, "Noor"), result.output
    assert reported_at(result, "bosdag.vtt", VTT, "Jesse"), result.output


def test_an_srt_file_labelled_with_roles_and_sounds_stays_quiet(check):
    result = check("bosdag.srt", QUIET)
    assert "A2-NAAM" not in result.output, result.output
    assert result.exit_code == 0, result.output
