"""The coder's hot paths read a token's sentence from the document's memo (``doc_memo.sentence_of``) and its
neighbours' tags from the word lists (``coding.doc_words``), not from ``Token.sent``: spaCy walks the parse to the
sentence's start and end on every ``Token.sent`` (a new ``Span`` each time), and the actor look-up asks it for
every proper noun it resolves (issue 15). (That the memo's sentence is spaCy's: ``test_doc_memo``.)"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

import pytest
from coding_helpers import FRIDAY

from seismo.config import Settings
from seismo.nlp import load_pipeline
from seismo.pipeline import get_coder, split_inputs

pytestmark = pytest.mark.slow  # loads the spaCy model

STORY = (
    "President Ilse Marant of Valdora met Chancellor Olaf Brenner in Kessel on Tuesday. "
    "Marant told the Kessel Daily Courier that she had urged him to reopen the border. "
    "The Valdoran Times reported that the ministry criticised it. "
    "Police arrested Tomas Ardel on Monday after he led a protest outside the parliament."
)
# the modules whose sentence reads moved to the memo: none of them may ask spaCy for Token.sent again
MEMO_READERS = ("outlets.py", "recipients.py", "mention_memory.py", "pronouns.py", "event_dates.py",
                "surname_forms.py", "sentence.py")


def _coded_with_sent_reads(tmp_path: Path) -> tuple[list, collections.Counter]:
    path = tmp_path / "story.txt"
    path.write_text(f"Test headline\n\n{STORY}\n", encoding="utf-8")
    settings = Settings(published=FRIDAY)
    articles, _ = split_inputs([str(path)], settings)
    article = articles[0]
    doc = load_pipeline()(article.text)
    asked: collections.Counter = collections.Counter()

    def sent(token):  # spaCy's own Token.sent, counted by the module that asked
        asked[Path(sys._getframe(1).f_code.co_filename).name] += 1
        return token.doc[token.i : token.i + 1].sent

    doc.user_token_hooks["sent"] = sent
    return get_coder(settings).code(doc, article), asked


def test_the_actor_and_pronoun_readers_ask_no_token_for_its_sentence(tmp_path: Path) -> None:
    events, asked = _coded_with_sent_reads(tmp_path)
    assert events  # the story is coded: the readers ran
    assert not {name: n for name, n in asked.items() if name in MEMO_READERS}

