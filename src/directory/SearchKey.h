#pragma once

#include <QString>
#include <QStringView>

namespace herald::directory {

// The form names, emails and queries are compared in: lowercased (case-folded), compatibility-decomposed
// (NFKD) with the combining marks dropped, a few letters that do not decompose spelled out (ß→ss, ø→o,
// æ→ae, ł→l, đ→d, ı→i, œ→oe, þ→th), runs of white space made one space. So "José" and "jose",
// "Müller" and "MULLER", "Łukasz" and "lukasz" meet. Non-Latin scripts pass through lowercased.
class SearchKey final
{
public:
    static QString fold(QStringView text);
    // The key of an email and a UPN together (the UPN only when it differs).
    static QString mailKey(const QString &email, const QString &upn);
};

} // namespace herald::directory
