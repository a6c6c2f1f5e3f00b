"""RSS and Atom feeds: one Article per entry, feed title as outlet, broken feeds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from ingest_helpers import only_rejection

from seismo.config import Settings
from seismo.ingest import parse_feed, read_inputs
from seismo.models import Article, Rejection

Writer = Callable[[str, str | bytes], Path]

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>World Desk</title>
  <link>https://desk.example.com/</link>
  <item>
    <title>Troops pull back</title>
    <link>https://desk.example.com/troops</link>
    <pubDate>Tue, 15 Feb 2022 10:00:00 GMT</pubDate>
    <description>&lt;p&gt;Short summary.&lt;/p&gt;</description>
    <content:encoded><![CDATA[<p>KYIV (Reuters) - Some troops moved &amp; left.</p>
      <p>Talks   resumed <b>today</b>.</p><div class="share">Share this</div>]]></content:encoded>
  </item>
  <item>
    <title>Summary only</title>
    <link>https://desk.example.com/summary</link>
    <description>&lt;p&gt;Leaders met in Geneva.&lt;/p&gt;</description>
  </item>
  <item>
    <title>No text at all</title>
    <link>https://desk.example.com/empty</link>
  </item>
  <item>
    <title>Bad date</title>
    <pubDate>not a date</pubDate>
    <description>Troops moved.</description>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Wire</title>
  <id>urn:example:feed</id>
  <updated>2022-02-16T00:00:00Z</updated>
  <entry>
    <title type="html">Ceasefire &lt;em&gt;agreed&lt;/em&gt;</title>
    <id>urn:example:1</id>
    <link href="https://atom.example.com/ceasefire"/>
    <updated>2022-02-16T08:00:00Z</updated>
    <content type="html">&lt;p&gt;The two sides agreed to a ceasefire.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Plain entry</title>
    <id>urn:example:2</id>
    <published>2022-02-14T08:00:00Z</published>
    <summary>Troops remained at the border.</summary>
  </entry>
</feed>
"""


def test_rss_feed(settings: Settings, write: Writer) -> None:
    path = write("desk.rss", RSS)
    results = list(read_inputs([str(path)], settings))
    assert [r.source for r in results] == [f"{path}[{i}]" for i in range(4)]
    first, second, third, fourth = results
    assert isinstance(first, Article)
    assert first.title == "Troops pull back"
    assert first.url == "https://desk.example.com/troops"
    assert first.outlet == "World Desk"  # the feed's title beats the dateline's agency
    assert first.dateline == "KYIV"
    assert first.published == dt.date(2022, 2, 15)
    assert first.text == "Some troops moved & left.\n\nTalks resumed today."  # content over summary
    assert isinstance(second, Article)
    assert second.text == "Leaders met in Geneva."
    assert second.published is None
    assert isinstance(third, Rejection)
    assert third.code == "I016"
    assert isinstance(fourth, Rejection)
    assert fourth.code == "I013"


def test_atom_feed(settings: Settings, write: Writer) -> None:
    results = list(read_inputs([str(write("wire.atom", ATOM))], settings))
    assert all(isinstance(r, Article) for r in results), results
    first, second = results
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.title, first.outlet) == ("Ceasefire agreed", "Atom Wire")
    assert first.text == "The two sides agreed to a ceasefire."
    assert first.published == dt.date(2022, 2, 16)
    assert first.url == "https://atom.example.com/ceasefire"
    assert (second.text, second.published) == (
        "Troops remained at the border.",
        dt.date(2022, 2, 14),
    )


def test_feed_sniffed_from_xml_extension_and_unknown(settings: Settings, write: Writer) -> None:
    assert len(list(read_inputs([str(write("a.xml", ATOM))], settings))) == 2
    assert len(list(read_inputs([str(write("a.feed", ATOM))], settings))) == 2


def test_feed_defaults_from_settings(settings: Settings) -> None:
    settings.published = dt.date(2020, 1, 1)
    feed = RSS.replace("<title>World Desk</title>", "")
    results = list(parse_feed(feed.encode(), "f.xml", settings))
    second = results[1]
    assert isinstance(second, Article)
    assert second.published == dt.date(2020, 1, 1)
    assert second.outlet == "desk.example.com"  # no feed title, no --outlet: the entry URL's site (issue 14)


def test_broken_feed_without_entries(settings: Settings, write: Writer) -> None:
    result = only_rejection(
        list(read_inputs([str(write("bad.rss", "<rss><chan"))], settings)), "I010"
    )
    assert "feed could not be parsed" in result.reason


def test_feed_without_entries(settings: Settings) -> None:
    feed = b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>'
    [result] = parse_feed(feed, "empty.rss", settings)
    assert isinstance(result, Rejection)
    assert result.reason == "I010 empty.rss: feed could not be parsed (no entries)"


def test_truncated_feed_keeps_complete_entries(settings: Settings) -> None:
    truncated = RSS[: RSS.index("<item>\n    <title>No text")]
    results = list(parse_feed(truncated.encode(), "cut.rss", settings))
    assert [type(r).__name__ for r in results] == ["Article", "Article"]
