#include "SearchKey.h"

namespace herald::directory {

namespace {

bool isAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// Letters NFKD leaves whole, spelled the way people type them without the accent.
QStringView spelledOut(char16_t c)
{
    switch (c) {
    case u'ß':
        return u"ss";
    case u'ø':
        return u"o";
    case u'æ':
        return u"ae";
    case u'œ':
        return u"oe";
    case u'ł':
        return u"l";
    case u'đ':
        return u"d";
    case u'ð':
        return u"d";
    case u'ı':
        return u"i";
    case u'þ':
        return u"th";
    case u'ħ':
        return u"h";
    case u'ŧ':
        return u"t";
    default:
        return {};
    }
}

void appendSpace(QString &out)
{
    if (!out.isEmpty() && out.back() != u' ')
        out.append(u' ');
}

} // namespace

QString SearchKey::fold(QStringView text)
{
    QString out;
    if (isAscii(text)) {
        // Most names and every mail address: written straight into the result, one pass.
        out.resize(text.size());
        QChar *begin = out.data();
        QChar *o = begin;
        for (QChar c : text) {
            const char16_t u = c.unicode();
            if (u <= 0x20) { // white space and control characters: one space
                if (o != begin && o[-1] != u' ')
                    *o++ = u' ';
            } else {
                *o++ = (u >= u'A' && u <= u'Z') ? QChar(char16_t(u + 0x20)) : c;
            }
        }
        out.truncate(o - begin);
    } else {
        out.reserve(text.size());
        const QString decomposed = text.toString().toCaseFolded().normalized(QString::NormalizationForm_KD);
        for (QChar c : decomposed) {
            const QChar::Category category = c.category();
            if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ||
                category == QChar::Mark_SpacingCombining)
                continue;
            if (c.isSpace() || category == QChar::Other_Control || category == QChar::Other_Format) {
                appendSpace(out);
                continue;
            }
            if (const QStringView spelled = spelledOut(c.unicode()); !spelled.isEmpty())
                out.append(spelled);
            else
                out.append(c.toLower());
        }
    }
    while (out.endsWith(u' '))
        out.chop(1);
    if (out.startsWith(u' '))
        out.remove(0, 1);
    return out;
}

QString SearchKey::mailKey(const QString &email, const QString &upn)
{
    if (upn.isEmpty() || upn == email) // the usual case: one fold, not two
        return fold(email);
    const QString e = fold(email);
    const QString u = fold(upn);
    if (u.isEmpty() || u == e)
        return e;
    if (e.isEmpty())
        return u;
    return e + u' ' + u;
}

} // namespace herald::directory
