"""The classes of error that a third batch of 41 protocol cases of our own showed (staff who state their school
in German, Turkish, Polish, Arabic or on an emoji profile line; disclaimers in those languages; ...), one class
at a time, as a user meets it through `screener check`: each in a made-up post of that kind, with a quiet
look-alike.

- D3 raised on a staff member who says where they work in another language ("Ich arbeite als Lehrerin an der
  ...", "... 'de ogretmen olarak calısıyorum", "Pracuje jako nauczyciel w ...", "أعمل معلمة في ...") or on a
  profile line opening with a teacher emoji; D4 raised on a disclaimer in those languages.
"""

from __future__ import annotations

import pytest

STAFF_ON_OWN_ACCOUNT = ("--channel", "persoonlijk", "--author-role", "medewerker",
                        "--author-function", "leerkracht groep 5")
D3, D4 = "D3-MEDEWERKER", "D4-DISCLAIMER"


@pytest.mark.parametrize("text", [
    "Ich unterrichte die Klasse 5 an der IKC Het Anker. Heute war unser Lesefest, die Kinder waren so stolz!",
    "IKC Het Anker'de sınıf öğretmeni olarak çalışıyorum. Bugün okulda kitap şenliği vardı, çocuklar çok mutluydu!",
    "Pracuję jako nauczyciel w OBS De Regenboog. Dzisiaj w szkole było święto czytania, dzieci były dumne!",
    "أعمل مدرسًا في OBS De Regenboog. اليوم احتفلت المدرسة بمهرجان القراءة.",
    "Wat een feest vandaag, het leesfestijn op school was een groot succes!\n\n🧑‍🏫 groep 5 | OBS De Regenboog",
], ids=["German", "Turkish", "Polish", "Arabic", "a teacher emoji profile line"])
def test_staff_who_say_where_they_work_in_their_own_language_get_no_d3(check, text):
    result = check(text + "\n", *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert D3 not in result.output, result.output
    assert D4 in result.output, result.output  # no disclaimer: still said


@pytest.mark.parametrize("text", [
    "Heute war das Lesefest an der IKC Het Anker, die Kinder waren so stolz!",
    "Bugün IKC Het Anker'de kitap şenliği vardı, çocuklar çok mutluydu!",
    "Wat een feest vandaag op OBS De Regenboog! 🧑‍🏫 De juf van groep 5 had alles versierd.",
], ids=["German", "Turkish", "a teacher emoji inside a sentence"])
def test_staff_who_only_name_the_school_in_another_language_still_get_d3(check, text):
    result = check(text + "\n", *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert D3 in result.output, result.output


@pytest.mark.parametrize("text", [
    "IKC Het Anker'de öğretmen olarak çalışıyorum. Bugün okulda kitap şenliği vardı! Buradaki görüşler kişiseldir.",
    "Ich arbeite an der IKC Het Anker. Heute war unser Lesefest, so schön! Das ist meine persönliche Meinung.",
    "Pracuję w OBS De Regenboog. Dzisiaj w szkole było święto czytania! To moja prywatna opinia.",
    "أعمل معلمة في OBS De Regenboog. اليوم احتفلت المدرسة بمهرجان القراءة. هذا رأيي الشخصي.",
], ids=["Turkish", "German", "Polish", "Arabic"])
def test_a_disclaimer_in_the_writers_own_language_is_a_disclaimer(check, text):
    result = check(text + "\n", *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert D4 not in result.output, result.output
    assert D3 not in result.output, result.output
