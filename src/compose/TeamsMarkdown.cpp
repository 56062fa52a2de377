#include "TeamsMarkdown.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace herald::compose {

namespace {

bool isAsciiPunct(QChar c)
{
    return c.unicode() < 128 && (c.isPunct() || c.isSymbol());
}

// "&amp;" and friends: markdown renderers decode them, so a literal one must be escaped.
bool startsEntity(const QString &s, qsizetype i)
{
    static const QRegularExpression entity(
        QStringLiteral("^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"));
    return entity.match(QStringView(s).mid(i)).hasMatch();
}

struct Link
{
    qsizetype end = -1; // index after ')'
    QString text;
    QString url;
};

// "[text](url)" at s[i] == '[' on one line: no nested brackets, no spaces in the url.
Link parseLink(const QString &s, qsizetype i)
{
    Link link;
    qsizetype j = i + 1;
    while (j < s.size() && s.at(j) != QLatin1Char(']')) {
        const QChar c = s.at(j);
        if (c == QLatin1Char('[') || c == QLatin1Char('\n'))
            return link;
        if (c == QLatin1Char('\\') && j + 1 < s.size())
            ++j;
        ++j;
    }
    if (j >= s.size() || j + 1 >= s.size() || s.at(j + 1) != QLatin1Char('('))
        return link;
    const qsizetype urlStart = j + 2;
    qsizetype k = urlStart;
    while (k < s.size() && s.at(k) != QLatin1Char(')')) {
        if (s.at(k).isSpace() || s.at(k) == QLatin1Char('(') || s.at(k) == QLatin1Char('<'))
            return link;
        ++k;
    }
    if (k >= s.size() || k == urlStart)
        return link;
    link.text = s.mid(i + 1, j - i - 1);
    link.url = s.mid(urlStart, k - urlStart);
    link.end = k + 1;
    return link;
}

QString sanitizeInline(const QString &s)
{
    QString out;
    out.reserve(s.size() + 8);
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        switch (c.unicode()) {
        case '\\':
            if (i + 1 < s.size() && isAsciiPunct(s.at(i + 1))) {
                out += c;
                out += s.at(++i);
            } else {
                out += QStringLiteral("\\\\");
            }
            break;
        case '<':
        case '>':
        case '`':
        case '~':
        case ']':
            out += QLatin1Char('\\');
            out += c;
            break;
        case '&':
            if (startsEntity(s, i))
                out += QLatin1Char('\\');
            out += c;
            break;
        case '!':
            if (i + 1 < s.size() && s.at(i + 1) == QLatin1Char('['))
                out += QLatin1Char('\\');
            out += c;
            break;
        case '[': {
            const Link link = parseLink(s, i);
            if (link.end > 0 && TeamsMarkdown::isAllowedLink(link.url)) {
                out += QLatin1Char('[') + sanitizeInline(link.text) + QStringLiteral("](") + link.url +
                       QLatin1Char(')');
                i = link.end - 1;
            } else {
                out += QStringLiteral("\\[");
            }
            break;
        }
        default:
            out += c;
        }
    }
    return out;
}

// Escapes what would start a block Teams does not render (heading, quote) or a list the text did not mean.
QString escapeLineStart(const QString &line, bool keepLists)
{
    qsizetype lead = 0;
    while (lead < line.size() && line.at(lead) == QLatin1Char(' '))
        ++lead;
    if (lead >= line.size())
        return line;
    if (keepLists && TeamsMarkdown::isListItem(line))
        return line;
    const QChar c = line.at(lead);
    const auto escaped = [&] { return line.left(lead) + QLatin1Char('\\') + line.mid(lead); };
    if (c == QLatin1Char('#') || c == QLatin1Char('|'))
        return escaped();
    // "---", "***", "===": a rule or a heading underline.
    static const QRegularExpression rule(QStringLiteral("^ *([-*_=])( *\\1)* *$"));
    if (rule.match(line).hasMatch())
        return escaped();
    if ((c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('*')) &&
        (lead + 1 >= line.size() || line.at(lead + 1) == QLatin1Char(' ')))
        return escaped();
    if (c.isDigit()) {
        qsizetype d = lead;
        while (d < line.size() && line.at(d).isDigit())
            ++d;
        if (d < line.size() && (line.at(d) == QLatin1Char('.') || line.at(d) == QLatin1Char(')')))
            return line.left(d) + QLatin1Char('\\') + line.mid(d);
    }
    return line;
}

// ---- rendering the subset (preview and plain text) ----

class InlineRenderer
{
public:
    InlineRenderer(bool html, QString linkColor)
        : m_html(html)
        , m_linkColor(std::move(linkColor))
    {
    }

    QString render(const QString &s) const { return renderRange(s, 0, s.size()); }

private:
    QString text(QChar c) const
    {
        if (!m_html)
            return QString(c);
        switch (c.unicode()) {
        case '<':
            return QStringLiteral("&lt;");
        case '>':
            return QStringLiteral("&gt;");
        case '&':
            return QStringLiteral("&amp;");
        case '"':
            return QStringLiteral("&quot;");
        default:
            return QString(c);
        }
    }

    static bool wordChar(const QString &s, qsizetype i)
    {
        return i >= 0 && i < s.size() && s.at(i).isLetterOrNumber();
    }

    // The closing delimiter for an emphasis opened at `from`, or -1.
    static qsizetype findClose(const QString &s, qsizetype from, qsizetype end, const QString &delim)
    {
        const bool underscore = delim.startsWith(QLatin1Char('_'));
        for (qsizetype i = from; i + delim.size() <= end; ++i) {
            if (s.at(i) == QLatin1Char('\\')) {
                ++i;
                continue;
            }
            if (QStringView(s).mid(i, delim.size()) != delim)
                continue;
            if (delim.size() == 1 && i + 1 < end && s.at(i + 1) == delim.at(0)) {
                ++i; // part of a double delimiter: skip it
                continue;
            }
            if (i == from || s.at(i - 1).isSpace())
                continue; // a closer follows non-space
            if (underscore && wordChar(s, i + delim.size()))
                continue;
            return i;
        }
        return -1;
    }

    QString renderRange(const QString &s, qsizetype begin, qsizetype end) const
    {
        QString out;
        for (qsizetype i = begin; i < end; ++i) {
            const QChar c = s.at(i);
            if (c == QLatin1Char('\\') && i + 1 < end && isAsciiPunct(s.at(i + 1))) {
                out += text(s.at(++i));
                continue;
            }
            if (c == QLatin1Char('*') || c == QLatin1Char('_')) {
                const bool dbl = i + 1 < end && s.at(i + 1) == c;
                const QString delim = dbl ? QString(2, c) : QString(c);
                const qsizetype open = i + delim.size();
                const bool canOpen =
                    open < end && !s.at(open).isSpace() && !(c == QLatin1Char('_') && wordChar(s, i - 1));
                if (canOpen) {
                    const qsizetype close = findClose(s, open, end, delim);
                    if (close > open) {
                        const QString inner = renderRange(s, open, close);
                        if (m_html)
                            out += dbl ? QStringLiteral("<b>%1</b>").arg(inner)
                                       : QStringLiteral("<i>%1</i>").arg(inner);
                        else
                            out += inner;
                        i = close + delim.size() - 1;
                        continue;
                    }
                }
                out += text(c);
                if (dbl) {
                    out += text(c);
                    ++i;
                }
                continue;
            }
            if (c == QLatin1Char('[')) {
                const Link link = parseLink(s, i);
                if (link.end > 0 && link.end <= end && TeamsMarkdown::isAllowedLink(link.url)) {
                    const QString inner = render(link.text);
                    out += m_html ? anchor(link.url, inner) : inner;
                    i = link.end - 1;
                    continue;
                }
            }
            if (c == QLatin1Char('h') && (i == begin || !wordChar(s, i - 1))) {
                // Teams links bare web addresses.
                static const QRegularExpression bare(
                    QStringLiteral("^https?://[^\\s<>\\[\\]]+[^\\s<>\\[\\].,;:!?)'\"]"));
                const auto m = bare.match(QStringView(s).mid(i, end - i));
                if (m.hasMatch()) {
                    QString inner;
                    for (QChar u : m.captured(0))
                        inner += text(u);
                    out += m_html ? anchor(m.captured(0), inner) : inner;
                    i += m.capturedLength(0) - 1;
                    continue;
                }
            }
            out += text(c);
        }
        return out;
    }

    QString anchor(const QString &url, const QString &inner) const
    {
        QString href = QString::fromUtf8(QUrl(url).toEncoded());
        href.replace(QLatin1Char('"'), QStringLiteral("%22"));
        const QString style =
            m_linkColor.isEmpty()
                ? QString()
                : QStringLiteral(" style=\"color:%1; text-decoration:none\"").arg(m_linkColor);
        return QStringLiteral("<a href=\"%1\"%2>%3</a>").arg(href, style, inner);
    }

    bool m_html;
    QString m_linkColor;
};

} // namespace

bool TeamsMarkdown::isListItem(const QString &line, bool *ordered, qsizetype *contentStart)
{
    static const QRegularExpression item(QStringLiteral("^ {0,3}(?:([-*+])|([0-9]{1,9})[.)]) +(?=\\S)"));
    const auto m = item.match(line);
    if (!m.hasMatch())
        return false;
    if (ordered)
        *ordered = m.capturedLength(2) > 0;
    if (contentStart)
        *contentStart = m.capturedLength(0);
    return true;
}

QString TeamsMarkdown::escape(const QString &plain)
{
    QString flat = plain;
    flat.replace(QLatin1String("\r\n"), QLatin1String(" "));
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    flat.replace(QLatin1Char('\r'), QLatin1Char(' '));
    QString out;
    out.reserve(flat.size() + 8);
    for (qsizetype i = 0; i < flat.size(); ++i) {
        const QChar c = flat.at(i);
        switch (c.unicode()) {
        case '\\':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '`':
        case '~':
            out += QLatin1Char('\\');
            out += c;
            break;
        case '&':
            if (startsEntity(flat, i))
                out += QLatin1Char('\\');
            out += c;
            break;
        default:
            out += c;
        }
    }
    return escapeLineStart(out, false);
}

QString TeamsMarkdown::sanitize(const QString &text)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = normalised.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
        line = sanitizeInline(escapeLineStart(line, true));
    }
    QString out;
    bool pendingBreak = false;
    bool previousIsItem = false;
    for (const QString &line : std::as_const(lines)) {
        if (line.trimmed().isEmpty()) {
            pendingBreak = !out.isEmpty();
            continue;
        }
        const bool item = isListItem(line);
        if (!out.isEmpty())
            out +=
                (pendingBreak || !(item && previousIsItem)) ? QStringLiteral("\n\n") : QStringLiteral("\n");
        out += line;
        pendingBreak = false;
        previousIsItem = item;
    }
    return out;
}

bool TeamsMarkdown::isAllowedLink(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty() || trimmed != url)
        return false;
    const QUrl u(trimmed, QUrl::StrictMode);
    if (!u.isValid())
        return false;
    const QString scheme = u.scheme().toLower();
    if (scheme == QStringLiteral("mailto"))
        return !u.path().isEmpty();
    return (scheme == QStringLiteral("https") || scheme == QStringLiteral("http")) && !u.host().isEmpty();
}

QString TeamsMarkdown::toHtml(const QString &markdown, const QString &linkColor)
{
    const InlineRenderer inl(true, linkColor);
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    QString html;
    QStringList paragraph;
    QString listTag;
    const auto flushParagraph = [&] {
        if (paragraph.isEmpty())
            return;
        html += QStringLiteral("<p style=\"margin-top:0; margin-bottom:0\">%1</p>")
                    .arg(inl.render(paragraph.join(QLatin1Char(' '))));
        paragraph.clear();
    };
    const auto closeList = [&] {
        if (listTag.isEmpty())
            return;
        html += QStringLiteral("</%1>").arg(listTag);
        listTag.clear();
    };
    bool needGap = false;
    for (const QString &line : lines) {
        bool ordered = false;
        qsizetype start = 0;
        if (line.trimmed().isEmpty()) {
            flushParagraph();
            closeList();
            needGap = !html.isEmpty();
            continue;
        }
        if (needGap) {
            html += QStringLiteral("<p style=\"margin:0; font-size:6px\">&nbsp;</p>");
            needGap = false;
        }
        if (isListItem(line, &ordered, &start)) {
            flushParagraph();
            const QString tag = ordered ? QStringLiteral("ol") : QStringLiteral("ul");
            if (listTag != tag) {
                closeList();
                listTag = tag;
                html += QStringLiteral(
                            "<%1 style=\"margin-top:0; margin-bottom:0; margin-left:0; -qt-list-indent:1\">")
                            .arg(tag);
            }
            html += QStringLiteral("<li>%1</li>").arg(inl.render(line.mid(start)));
            continue;
        }
        closeList();
        paragraph.append(line.trimmed());
    }
    flushParagraph();
    closeList();
    return html;
}

QString TeamsMarkdown::toPlainText(const QString &markdown)
{
    const InlineRenderer inl(false, {});
    QStringList out;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        qsizetype start = 0;
        if (isListItem(line, nullptr, &start))
            out.append(QStringLiteral("• ") + inl.render(line.mid(start)));
        else
            out.append(inl.render(line));
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace herald::compose
