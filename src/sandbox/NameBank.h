#pragma once

#include "SeededStream.h"

#include <QString>
#include <QStringList>

namespace herald::sandbox {

// A person's name as Teams shows it plus the ASCII forms used for their mail address.
struct GeneratedName
{
    QString givenName;
    QString surname;
    QString displayName;
    QString asciiGiven; // lower-case, ASCII only, for the mail local part
    QString asciiSurname;
};

// Realistic international names (accents, apostrophes, compound surnames, non-Latin scripts),
// drawn from the caller's seeded generator so that the same seed always gives the same people.
class NameBank final
{
public:
    static GeneratedName draw(SeededStream &rng);
    // Distinct for the first 16 teams; `offset` (from the seed) rotates the list.
    static QString teamName(int index, quint32 offset);
    // Channel names other than General; `count` distinct names.
    static QStringList channelNames(int count, SeededStream &rng);
    // Lower-case ASCII: strips accents, folds ø/ß/æ/ł…, drops apostrophes and spaces.
    static QString asciiFold(const QString &text);
};

} // namespace herald::sandbox
