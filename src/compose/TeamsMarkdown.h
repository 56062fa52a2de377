#pragma once

#include <QString>

namespace herald::compose {

// The markdown Teams renders in Adaptive Card TextBlocks and FactSets: bold, italic, links, bulleted and
// numbered lists — nothing else, and no HTML (PROTOCOL.md). Herald writes only that subset: what a person
// types is sanitised, and what comes from elsewhere (a recipient's name) is escaped so it stays plain text.
class TeamsMarkdown final
{
public:
    // A value that must appear literally: `<b>Ana</b>` or `[x](javascript:…)` stays exactly that text.
    static QString escape(const QString &plain);

    // A person's text: the supported subset kept (links only to http, https and mailto), everything else
    // — HTML, headings, code, images, other links — escaped. Single line breaks become paragraph breaks,
    // as the person saw them while typing (list items stay together).
    static QString sanitize(const QString &text);

    // Links Herald puts in a message: http, https or mailto, and well formed.
    static bool isAllowedLink(const QString &url);

    // For the preview: the subset as Qt rich text (HTML-escaped; only <b>, <i>, <a>, <ul>, <ol>, <p>).
    static QString toHtml(const QString &markdown, const QString &linkColor = {});
    // Without markup, for summaries and fallback text: links become their text.
    static QString toPlainText(const QString &markdown);

    // A line that starts a list item ("- ", "* ", "+ ", "1. ").
    static bool isListItem(const QString &line, bool *ordered = nullptr, qsizetype *contentStart = nullptr);
};

} // namespace herald::compose
