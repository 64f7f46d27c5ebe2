"""The Dutch word list gives the same answer the first time a word is asked and the hundredth (a member of the
list is searched as text at first and made a set later), and a post screened again gets the same findings."""

from screener.text import vocabulary


def test_an_ordinary_word_and_a_name_get_the_same_answer_however_often_they_are_asked():
    vocabulary._SETS.clear()
    vocabulary._ASKED.clear()
    asked = ["kamp", "Kamp", "kampvuur", "Xyla", "Brazilië", "tip", "ka mp", "kamp vuur", "", "k"]
    first = [(vocabulary.is_lower_case_word(w), vocabulary.is_dutch_word(w)) for w in asked]
    for _ in range(20):
        assert [(vocabulary.is_lower_case_word(w), vocabulary.is_dutch_word(w)) for w in asked] == first
    assert first[0] == (True, True) and first[3] == (False, False)
    assert first[6] == first[7] == (False, False)  # two words are no word of the list


def test_a_post_checked_again_in_the_same_process_gets_the_same_findings(find):
    text = ("Vandaag bouwden de kinderen van groep 6 een kampvuur op het schoolplein. Sanne en Daan hielpen juf "
            "Marieke met de tenten. Schoolreis naar Brazilië? Nee, naar de Veluwe!")
    first = find(text)
    assert ("Sanne", "A2-NAAM") in first
    for _ in range(6):
        assert find(text) == first
