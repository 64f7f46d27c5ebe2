"""Dutch recognizers in the presidio shape: one identifier a file, named PATTERNS, Dutch CONTEXT,
checksums in `validate_result` with maintained libraries (python-stdnum, phonenumbers).

Every recognizer reports a screener rule id (e.g. "A2-BSN") as its presidio entity.
"""

from __future__ import annotations

from screener.text.recognizers.intl_address import IntlAddressRecognizer
from screener.text.recognizers.intl_postcode import IntlPostcodeRecognizer
from screener.text.recognizers.nl_account import NlAccountRecognizer
from screener.text.recognizers.nl_address import NlAddressRecognizer
from screener.text.recognizers.nl_birthdate import NlBirthDateRecognizer
from screener.text.recognizers.nl_bsn import NlBsnRecognizer
from screener.text.recognizers.nl_chat_names import NlChatNameRecognizer
from screener.text.recognizers.nl_email import NlEmailRecognizer, NlEmailWrittenOutRecognizer
from screener.text.recognizers.nl_hashtag_names import NlHashtagNameRecognizer
from screener.text.recognizers.nl_iban import NlIbanRecognizer
from screener.text.recognizers.nl_initials_in_minutes import NlInitialsInMinutesRecognizer
from screener.text.recognizers.nl_ip import NlIpRecognizer
from screener.text.recognizers.nl_license_plate import NlLicensePlateRecognizer, NlSpacedLicensePlateRecognizer
from screener.text.recognizers.nl_name_column import NlNameColumnRecognizer
from screener.text.recognizers.nl_names import NlNameRecognizer
from screener.text.recognizers.nl_phone import NlPhoneRecognizer
from screener.text.recognizers.nl_postcode import NlPostcodeRecognizer
from screener.text.recognizers.nl_student_number import NlStudentNumberRecognizer
from screener.text.recognizers.nl_url import NlUrlRecognizer

PATTERN_RECOGNIZERS = (
    NlBsnRecognizer,
    NlIbanRecognizer,
    NlPhoneRecognizer,
    NlEmailRecognizer,
    NlEmailWrittenOutRecognizer,
    NlAccountRecognizer,
    NlUrlRecognizer,
    NlPostcodeRecognizer,
    NlAddressRecognizer,
    IntlPostcodeRecognizer,
    IntlAddressRecognizer,
    NlBirthDateRecognizer,
    NlLicensePlateRecognizer,
    NlSpacedLicensePlateRecognizer,
    NlStudentNumberRecognizer,
    NlIpRecognizer,
    NlInitialsInMinutesRecognizer,
    NlNameColumnRecognizer,
    NlChatNameRecognizer,
)

__all__ = ["PATTERN_RECOGNIZERS", "NlHashtagNameRecognizer", "NlNameRecognizer"]
